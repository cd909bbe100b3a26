import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import {
  entityProviderRefreshDeps,
  scheduleEntityProviderRefresh,
} from '@internal/catalog-provider-node';
import {
  HARVESTER_TOPICS,
  vmsChangedPayloadSchema,
} from '@internal/plugin-harvester-common';
import { HarvesterEntitiesClient } from './HarvesterEntitiesClient';
import { HarvesterEntityProvider } from './HarvesterEntityProvider';

/**
 * Harvester clusters and VMs in the catalog: everything read from the
 * harvester backend on a schedule, and the VMs it reports created or
 * deleted updated alone as they change.
 */
export const catalogModuleHarvester = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'harvester',
  register(env) {
    env.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        ...entityProviderRefreshDeps,
      },
      async init({ catalog, discovery, auth, ...services }) {
        const provider = new HarvesterEntityProvider({
          client: new HarvesterEntitiesClient({ discovery, auth }),
          logger: services.logger,
        });
        catalog.addEntityProvider(provider);

        await scheduleEntityProviderRefresh({
          ...services,
          configKey: 'catalog.providers.harvester.schedule',
          defaultSchedule: {
            frequency: { seconds: 60 },
            timeout: { seconds: 50 },
          },
          taskId: 'harvester-entity-provider',
          topics: [HARVESTER_TOPICS.vmsChanged],
          refresh: () => provider.refresh(),
          // An event without the VMs it is about asks for a full read.
          onEvent: async event => {
            const payload = vmsChangedPayloadSchema.safeParse(
              event.eventPayload,
            );
            const vms = payload.success ? payload.data.vms : undefined;
            await (vms ? provider.applyVmChanges(vms) : provider.refresh());
          },
        });
      },
    });
  },
});
