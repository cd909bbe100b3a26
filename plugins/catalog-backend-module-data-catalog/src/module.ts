import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { dataCatalogTopics } from '@internal/plugin-data-catalog-common';
import { DataAssetRelationsProcessor } from './DataAssetRelationsProcessor';
import { DataCatalogEntityProvider } from './DataCatalogEntityProvider';
import { EntityFeedClient } from './EntityFeedClient';

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { seconds: 30 },
  timeout: { minutes: 10 },
};

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
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        scheduler: coreServices.scheduler,
        events: eventsServiceRef,
      },
      async init({
        catalog,
        config,
        logger,
        discovery,
        auth,
        scheduler,
        events,
      }) {
        const provider = new DataCatalogEntityProvider({
          feed: new EntityFeedClient({ discovery, auth }),
          logger,
        });
        catalog.addEntityProvider(provider);
        catalog.addProcessor(new DataAssetRelationsProcessor());

        const key = 'catalog.providers.dataCatalog.schedule';
        const schedule = config.has(key)
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
              config.getConfig(key),
            )
          : DEFAULT_SCHEDULE;
        await scheduler.scheduleTask({
          id: 'data-catalog-entity-provider',
          ...schedule,
          fn: () => provider.refresh(),
        });
        await events.subscribe({
          id: 'catalog-data-catalog-entity-provider',
          topics: [dataCatalogTopics.entitiesChanged],
          onEvent: async () => {
            await provider
              .refresh()
              .catch(error =>
                logger.warn(
                  `Reading the data-catalog entity feed failed: ${error}`,
                ),
              );
          },
        });
      },
    });
  },
});
