import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createHarvesterVmCreateAction } from './actions/createVmAction';
import { HarvesterVmsClient } from './actions/HarvesterVmsClient';

/** Adds the harvester family's Scaffolder actions. */
export const scaffolderModuleHarvester = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'harvester',
  register(env) {
    env.registerInit({
      deps: {
        actions: scaffolderActionsExtensionPoint,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
      },
      async init({ actions, discovery, auth }) {
        actions.addActions(
          createHarvesterVmCreateAction(
            new HarvesterVmsClient({ discovery, auth }),
          ),
        );
      },
    });
  },
});
