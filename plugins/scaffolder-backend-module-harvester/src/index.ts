/**
 * Scaffolder actions of the harvester family.
 *
 * @packageDocumentation
 */
export { scaffolderModuleHarvester as default } from './module';
export { createHarvesterVmCreateAction } from './actions/createVmAction';
export { HarvesterVmsClient } from './actions/HarvesterVmsClient';
