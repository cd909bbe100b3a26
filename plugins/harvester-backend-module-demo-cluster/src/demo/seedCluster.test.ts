import {
  createTestNamespace,
  realClusterConnection,
  removeTestNamespace,
  uniqueSuffix,
} from '../__testUtils__/realCluster';
import { FakeKubernetesApiServer } from '../fakeApiServer/FakeKubernetesApiServer';
import { kinds } from '../kube/kinds';
import { KubeApiClient } from '../kube/KubeApiClient';
import { KubeObject } from '../kube/KubeObject';
import { loadDemoData } from './demoData';
import {
  createIfMissing,
  demoObjects,
  kindOf,
  seedCluster,
} from './seedCluster';

describe('demo seed', () => {
  jest.setTimeout(60_000);

  it('seeds a cluster once: seeding again changes nothing', async () => {
    const data = await loadDemoData();
    const server = await FakeKubernetesApiServer.start();
    const api = new KubeApiClient({ url: server.url, token: server.token });
    try {
      const east = data.clusters.find(c => c.name === 'demo-east')!;
      await seedCluster(api, data, east);
      const vms = await api.list('vm');
      expect(vms).toHaveLength(east.vms.length);
      expect((await api.list('node')).map(n => n.metadata.name)).toHaveLength(
        4,
      );
      expect(await api.get('namespace', undefined, 'finance')).toMatchObject({
        metadata: {
          annotations: {
            'platform-portal.dev/owner': 'group:default/finance-analytics',
          },
        },
      });
      // The paused VM's VMI exists from the start, Paused.
      expect(await api.get('vmi', 'default', 'sandbox-ubuntu')).toMatchObject({
        status: {
          conditions: [
            expect.objectContaining({ type: 'Paused', status: 'True' }),
          ],
        },
      });
      const node = await api.get('node', undefined, 'east-worker-1');
      expect(node?.status.capacity).toMatchObject({
        cpu: '12',
        'devices.kubevirt.io/kvm': '1k',
      });
      // Its one 480 GB disk: promised more than its size (Longhorn
      // over-provisions), while what the replicas wrote fits on it.
      const longhorn = await api.get(
        'longhornNode',
        'longhorn-system',
        'east-worker-1',
      );
      const disk = longhorn?.status.diskStatus['default-disk'];
      expect(disk.storageMaximum).toBe(470.4e9);
      expect(disk.storageScheduled).toBeGreaterThan(disk.storageMaximum);
      expect(disk.storageAvailable).toBeGreaterThan(0.1 * disk.storageMaximum);

      const before = (await api.list('vm')).map(
        vm => vm.metadata.resourceVersion,
      );
      await seedCluster(api, data, east);
      expect(
        (await api.list('vm')).map(vm => vm.metadata.resourceVersion),
      ).toEqual(before);
    } finally {
      api.close();
      await server.stop();
    }
  });

  it("validates every demo object and status against the real API server's schemas", async () => {
    const data = await loadDemoData();
    const upstream = new KubeApiClient(realClusterConnection());
    const suffix = uniqueSuffix();
    const namespace = await createTestNamespace(upstream, 'h3-seed');
    const clusterScoped: KubeObject[] = [];
    try {
      const objects = data.clusters
        .flatMap(cluster => demoObjects(data, cluster))
        .filter(object => object.kind !== 'Namespace');
      for (const object of objects) {
        const namespaced = kinds[kindOf(object)].namespaced;
        // Namespaced objects go to the test's namespace, others get a unique name.
        const copy: KubeObject = {
          ...object,
          metadata: namespaced
            ? { ...object.metadata, namespace }
            : { ...object.metadata, name: `${object.metadata.name}-${suffix}` },
        };
        const created = await createIfMissing(upstream, copy);
        if (!namespaced && created) clusterScoped.push(copy);
      }
      const images = await upstream.list('image', { namespace });
      expect(images.map(i => i.status?.progress)).toEqual([100, 100, 100]);
      expect(await upstream.list('vm', { namespace })).toHaveLength(
        data.clusters.reduce((sum, c) => sum + c.vms.length, 0),
      );
      expect(clusterScoped.map(o => o.kind)).toEqual(
        expect.arrayContaining(['Node', 'Setting', 'StorageClass']),
      );
    } finally {
      for (const object of clusterScoped) {
        await upstream.delete(kindOf(object), undefined, object.metadata.name);
      }
      await removeTestNamespace(upstream, namespace);
      upstream.close();
    }
  });
});
