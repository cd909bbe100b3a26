import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  HarvesterClusterDefinition,
  HarvesterClusterSource,
  harvesterClustersExtensionPoint,
} from '@internal/plugin-harvester-node';
import { eventually } from './__testUtils__/eventually';
import { KubeApiClient } from './kube/KubeApiClient';
import { KubeApiError } from './kube/KubeApiError';
import { harvesterModuleDemoCluster } from './module';

/** Stands in for the harvester backend: collects the sources modules add. */
function clusterSourceConsumer(sources: HarvesterClusterSource[]) {
  return createBackendPlugin({
    pluginId: 'harvester',
    register(env) {
      env.registerExtensionPoint(harvesterClustersExtensionPoint, {
        addClusterSource: source => sources.push(source),
      });
      env.registerInit({ deps: {}, async init() {} });
    },
  });
}

describe('harvesterModuleDemoCluster', () => {
  jest.setTimeout(60_000);

  it('registers nothing unless harvester.demoCluster.enabled', async () => {
    const sources: HarvesterClusterSource[] = [];
    const backend = await startTestBackend({
      features: [clusterSourceConsumer(sources), harvesterModuleDemoCluster],
    });
    expect(sources).toEqual([]);
    await backend.stop();
  });

  it('registers two simulated clusters whose APIs serve the seeded, running demo', async () => {
    const sources: HarvesterClusterSource[] = [];
    const backend = await startTestBackend({
      features: [
        clusterSourceConsumer(sources),
        harvesterModuleDemoCluster,
        mockServices.rootConfig.factory({
          data: { harvester: { demoCluster: { enabled: true } } },
        }),
      ],
    });
    try {
      expect(sources).toHaveLength(1);
      const clusters = await sources[0].getClusters();
      expect(clusters).toEqual([
        expect.objectContaining({
          name: 'demo-east',
          url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
          auth: { type: 'serviceAccount', token: expect.any(String) },
          owner: 'group:default/virtualization-team',
          source: 'config',
        }),
        expect.objectContaining({ name: 'demo-west' }),
      ]);

      const clientOf = (cluster: HarvesterClusterDefinition) =>
        new KubeApiClient({
          url: cluster.url,
          token:
            cluster.auth.type === 'serviceAccount' ? cluster.auth.token : '',
        });
      const [east, west] = clusters.map(clientOf);
      try {
        expect((await east.list('node')).map(n => n.metadata.name)).toEqual([
          'east-mgmt-1',
          'east-mgmt-2',
          'east-witness-1',
          'east-worker-1',
        ]);
        expect(await west.list('vm')).toHaveLength(4);
        const anonymous = new KubeApiClient({
          url: clusters[0].url,
          token: 'guess',
        });
        await expect(anonymous.list('vm')).rejects.toMatchObject({ code: 401 });
        anonymous.close();

        // The simulation runs: a VM is Running on a host, its disk Bound.
        const runner = await eventually(async () => {
          const vm = await east.get('vm', 'platform', 'gitlab-runner-1');
          return vm?.status?.printableStatus === 'Running' ? vm : undefined;
        });
        expect(runner.status.ready).toBe(true);
        const vmi = await east.get('vmi', 'platform', 'gitlab-runner-1');
        expect(['east-mgmt-1', 'east-mgmt-2', 'east-worker-1']).toContain(
          vmi?.status.nodeName,
        );
        const claims = await east.list('pvc', { namespace: 'platform' });
        expect(claims.every(c => c.status?.phase === 'Bound')).toBe(true);
        expect(await east.get('vm', 'finance', 'reporting-win')).toMatchObject({
          status: { printableStatus: 'Stopped' },
        });
        await eventually(async () => {
          const vm = await east.get('vm', 'default', 'sandbox-ubuntu');
          return vm?.status?.printableStatus === 'Paused' || undefined;
        });
        await eventually(async () => {
          const vm = await east.get('vm', 'ml-workloads', 'gpu-trainer');
          return (
            vm?.status?.printableStatus === 'ErrorUnschedulable' || undefined
          );
        });
      } finally {
        east.close();
        west.close();
      }
    } finally {
      await backend.stop();
    }
    // Stopped with the backend.
    const stopped = new KubeApiClient({
      url: (await sources[0].getClusters())[0].url,
      token: 'x',
    });
    await expect(stopped.list('vm')).rejects.not.toBeInstanceOf(KubeApiError);
    stopped.close();
  });
});
