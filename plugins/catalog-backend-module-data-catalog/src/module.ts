import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import {
  entityProviderRefreshDeps,
  scheduleEntityProviderRefresh,
} from '@internal/catalog-provider-node';
import { dataCatalogTopics } from '@internal/plugin-data-catalog-common';
import { DataAssetRelationsProcessor } from './DataAssetRelationsProcessor';
import { DataCatalogEntityProvider } from './DataCatalogEntityProvider';
import { EntityFeedClient } from './EntityFeedClient';

/**
 * Data assets from the data-catalog backend in the catalog, as deltas of
 * its entity feed, with partOf/hasPart relations between them.
 */
export const catalogModuleDataCatalog = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'data-catalog',
  register(env) {
    env.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        ...entityProviderRefreshDeps,
      },
      async init({ catalog, discovery, auth, ...services }) {
        const provider = new DataCatalogEntityProvider({
          feed: new EntityFeedClient({ discovery, auth }),
          logger: services.logger,
        });
        catalog.addEntityProvider(provider);
        catalog.addProcessor(new DataAssetRelationsProcessor());

        await scheduleEntityProviderRefresh({
          ...services,
          configKey: 'catalog.providers.dataCatalog.schedule',
          defaultSchedule: {
            frequency: { seconds: 30 },
            timeout: { minutes: 10 },
          },
          taskId: 'data-catalog-entity-provider',
          topics: [dataCatalogTopics.entitiesChanged],
          refresh: () => provider.refresh(),
        });
      },
    });
  },
});
