import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { AiOpsApiClient } from './actions/AiOpsApiClient';
import { createAiOpsPipelineCreateAction } from './actions/createPipelineAction';
import { portalUrlOf } from './actions/portalUrl';
import { createAiOpsDatasetRegisterAction } from './actions/registerDatasetAction';

/** Adds the AI-Ops family's Scaffolder actions. */
export const scaffolderModuleAiOps = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'ai-ops',
  register(env) {
    env.registerInit({
      deps: {
        actions: scaffolderActionsExtensionPoint,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        config: coreServices.rootConfig,
      },
      async init({ actions, discovery, auth, config }) {
        const options = {
          client: new AiOpsApiClient({ discovery, auth }),
          portalUrl: portalUrlOf(config),
        };
        actions.addActions(
          createAiOpsPipelineCreateAction(options),
          createAiOpsDatasetRegisterAction(options),
        );
      },
    });
  },
});
