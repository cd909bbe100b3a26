/**
 * Catalog module: Harvester clusters and VMs as catalog entities, from the
 * harvester backend.
 *
 * @packageDocumentation
 */
export { catalogModuleHarvester as default } from './module';
export { HarvesterEntityProvider } from './HarvesterEntityProvider';
