import { LoggerService } from '@backstage/backend-plugin-api';
import { HarvesterClusterDefinition } from '@internal/plugin-harvester-node';
import { FakeKubernetesApiServer } from '../fakeApiServer/FakeKubernetesApiServer';
import { KubeApiClient } from '../kube/KubeApiClient';
import { SimulatedHarvesterControllers } from '../simulation/SimulatedHarvesterControllers';
import { loadDemoData } from './demoData';
import { seedCluster } from './seedCluster';

export type DemoClusters = {
  definitions: HarvesterClusterDefinition[];
  stop(): Promise<void>;
};

/**
 * Starts the SIMULATED demo clusters: per cluster of demo/demo-clusters.yaml
 * a fake Kubernetes API server (on `port`, `port + 1`, ... or free ports),
 * seeded, with simulated Harvester controllers running against it.
 */
export async function startDemoClusters(options: {
  logger: LoggerService;
  port?: number;
}): Promise<DemoClusters> {
  const data = await loadDemoData();
  const running: {
    server: FakeKubernetesApiServer;
    api: KubeApiClient;
    controllers: SimulatedHarvesterControllers;
  }[] = [];
  const stop = async () => {
    for (const { server, api, controllers } of running) {
      await controllers.stop();
      api.close();
      await server.stop();
    }
  };
  try {
    for (const [index, cluster] of data.clusters.entries()) {
      const server = await FakeKubernetesApiServer.start({
        port: options.port ? options.port + index : undefined,
      });
      const api = new KubeApiClient({ url: server.url, token: server.token });
      const controllers = new SimulatedHarvesterControllers({
        api,
        logger: options.logger.child({ cluster: cluster.name }),
      });
      running.push({ server, api, controllers });
      await seedCluster(api, data, cluster);
      controllers.start();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const definitions = data.clusters.map((cluster, index) => ({
    name: cluster.name,
    title: cluster.title,
    url: running[index].server.url,
    // The fake server also serves Harvester's image upload action.
    harvesterApiUrl: running[index].server.url,
    auth: {
      type: 'serviceAccount' as const,
      token: running[index].server.token,
    },
    // Plain http on loopback; @kubernetes/client-node only allows http with this set.
    skipTLSVerify: true,
    owner: data.owner,
    source: 'config' as const,
  }));
  return { definitions, stop };
}
