import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { HARVESTER_TOPICS } from '@internal/plugin-harvester-common';
import { HarvesterEntitiesClient } from './HarvesterEntitiesClient';
import { HarvesterEntityProvider } from './HarvesterEntityProvider';

const SCHEDULE_KEY = 'catalog.providers.harvester.schedule';
const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { seconds: 60 },
  timeout: { seconds: 50 },
};

/**
 * Harvester clusters and VMs in the catalog, read from the harvester
 * backend on a schedule and whenever it reports VMs created or deleted.
 */
export const catalogModuleHarvester = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'harvester',
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
        const provider = new HarvesterEntityProvider({
          client: new HarvesterEntitiesClient({ discovery, auth }),
          logger,
        });
        catalog.addEntityProvider(provider);

        const schedule = config.has(SCHEDULE_KEY)
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
              config.getConfig(SCHEDULE_KEY),
            )
          : DEFAULT_SCHEDULE;
        await scheduler.scheduleTask({
          id: 'harvester-entity-provider',
          ...schedule,
          fn: () => provider.refresh(),
        });
        await events.subscribe({
          id: 'catalog-harvester-entity-provider',
          topics: [HARVESTER_TOPICS.vmsChanged],
          onEvent: async () => {
            await provider
              .refresh()
              .catch(error =>
                logger.warn(`Reading Harvester entities failed: ${error}`),
              );
          },
        });
      },
    });
  },
});
