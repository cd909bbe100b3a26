import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { aiOpsExecutorsExtensionPoint } from '@internal/plugin-ai-ops-node';
import { KubernetesJobsExecutor } from './KubernetesJobsExecutor';
import { readKubernetesExecutorConfig } from './readKubernetesExecutorConfig';

/**
 * Adds the `kubernetes` executor to AI-Ops when `aiOps.kubernetes` is
 * configured; without it the module does nothing.
 */
export const aiOpsModuleKubernetes = createBackendModule({
  pluginId: 'ai-ops',
  moduleId: 'kubernetes',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        executors: aiOpsExecutorsExtensionPoint,
      },
      async init({ config, logger, executors }) {
        const options = readKubernetesExecutorConfig(config);
        if (!options) return;
        logger.info(
          `AI-Ops tasks on queues of executor 'kubernetes' run as Jobs in namespace ${options.namespace}`,
        );
        executors.addExecutor(
          new KubernetesJobsExecutor({ ...options, logger }),
        );
      },
    });
  },
});
