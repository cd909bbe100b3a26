import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { harvesterClustersExtensionPoint } from '@internal/plugin-harvester-node';
import { startDemoClusters } from './demo/startDemoClusters';

/**
 * The embedded default's Harvester clusters: with
 * `harvester.demoCluster.enabled`, two SIMULATED clusters (in-process fake
 * Kubernetes API servers with simulated KubeVirt, Harvester and Longhorn
 * controllers, seeded with demo hosts and VMs) registered with the
 * harvester backend. Nothing runs real VMs.
 */
export const harvesterModuleDemoCluster = createBackendModule({
  pluginId: 'harvester',
  moduleId: 'demo-cluster',
  register(env) {
    env.registerInit({
      deps: {
        clusters: harvesterClustersExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
      },
      async init({ clusters, config, logger, lifecycle }) {
        if (!config.getOptionalBoolean('harvester.demoCluster.enabled')) {
          return;
        }
        const demo = await startDemoClusters({
          logger,
          port: config.getOptionalNumber('harvester.demoCluster.port'),
        });
        lifecycle.addShutdownHook(() => demo.stop());
        clusters.addClusterSource({
          getClusters: async () => demo.definitions,
        });
        logger.warn(
          `Harvester demo clusters are SIMULATED (harvester.demoCluster.enabled): ${demo.definitions
            .map(d => `${d.name} at ${d.url}`)
            .join(
              ', ',
            )} are in-process fake Kubernetes APIs with simulated controllers; no VM really runs`,
        );
      },
    });
  },
});
