import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import {
  entityProviderRefreshDeps,
  scheduleEntityProviderRefresh,
} from '@internal/catalog-provider-node';
import { AI_OPS_TOPICS } from '@internal/plugin-ai-ops-common';
import { AiOpsEntitiesClient } from './AiOpsEntitiesClient';
import { AiOpsEntityProvider } from './AiOpsEntityProvider';

/**
 * AI-Ops pipelines and datasets in the catalog: read from the ai-ops
 * backend on a schedule and whenever it reports them changed.
 */
export const catalogModuleAiOps = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'ai-ops',
  register(env) {
    env.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        ...entityProviderRefreshDeps,
      },
      async init({ catalog, discovery, auth, ...services }) {
        const provider = new AiOpsEntityProvider({
          client: new AiOpsEntitiesClient({ discovery, auth }),
          logger: services.logger,
        });
        catalog.addEntityProvider(provider);
        await scheduleEntityProviderRefresh({
          ...services,
          configKey: 'catalog.providers.aiOps.schedule',
          defaultSchedule: {
            frequency: { minutes: 5 },
            timeout: { minutes: 1 },
          },
          taskId: 'ai-ops-entity-provider',
          topics: [AI_OPS_TOPICS.entitiesChanged],
          refresh: () => provider.refresh(),
        });
      },
    });
  },
});
