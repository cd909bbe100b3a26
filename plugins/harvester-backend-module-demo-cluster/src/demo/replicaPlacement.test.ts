import { DemoHost, loadDemoData } from './demoData';
import {
  longhornDisksOf,
  OVER_PROVISIONING_PERCENT,
  placeReplicas,
  REPLICAS,
} from './replicaPlacement';
import { diskBytesOf } from './vmObjects';

const GB = 1e9;
const host = (name: string, sizeGB: number): DemoHost => ({
  name,
  role: 'worker',
  cpu: 16,
  memoryGiB: 64,
  nicGbps: 10,
  ip: '10.0.0.1',
  disks: [{ name: 'sda', sizeGB }],
});

describe('placeReplicas', () => {
  it('puts each replica on another host, and leaves one no host has room for unscheduled', () => {
    const hosts = [host('a', 1000), host('b', 1000), host('c', 1000)];
    // Room on each: (980 - 147) × 200% = 1666 GB.
    const loads = placeReplicas(hosts, [
      { name: 'v1', bytes: 1200 * GB },
      { name: 'v2', bytes: 500 * GB },
      { name: 'v3', bytes: 100 * GB },
    ]);
    const scheduled = (name: string) =>
      loads.get(name)!.get('default-disk')!.scheduledBytes;
    // v2 fits on no host after v1; v3 does.
    expect(['a', 'b', 'c'].map(scheduled)).toEqual([
      1300 * GB,
      1300 * GB,
      1300 * GB,
    ]);
  });

  it('keeps what the demo disks hold within their size, while small disks are over-provisioned within Longhorn’s limit', async () => {
    const data = await loadDemoData();
    for (const cluster of data.clusters) {
      const volumes = cluster.vms.map(vm => ({
        name: `${cluster.name}/${vm.namespace}/${vm.name}`,
        bytes: diskBytesOf(vm),
      }));
      const loads = placeReplicas(cluster.hosts, volumes);
      const allScheduled = [...loads.values()]
        .flatMap(disks => [...disks.values()])
        .reduce((sum, load) => sum + load.scheduledBytes, 0);
      const allVolumes = volumes.reduce((sum, v) => sum + v.bytes, 0);
      expect(allScheduled).toBeLessThanOrEqual(allVolumes * REPLICAS);

      const witnesses = cluster.hosts.filter(h => h.role === 'witness');
      expect(witnesses.filter(h => loads.has(h.name))).toEqual([]);
      const disks = cluster.hosts
        .filter(h => h.role !== 'witness')
        .flatMap(h =>
          longhornDisksOf(h).map(disk => ({
            disk,
            load: loads.get(h.name)!.get(disk.key)!,
          })),
        );
      for (const { disk, load } of disks) {
        expect(load.usedBytes).toBeLessThan(disk.maximumBytes);
        expect(load.usedBytes).toBeLessThanOrEqual(load.scheduledBytes);
        expect(load.scheduledBytes).toBeLessThanOrEqual(
          ((disk.maximumBytes - disk.reservedBytes) *
            OVER_PROVISIONING_PERCENT) /
            100,
        );
      }
    }

    const east = data.clusters.find(c => c.name === 'demo-east')!;
    const worker = placeReplicas(
      east.hosts,
      east.vms.map(vm => ({
        name: `demo-east/${vm.namespace}/${vm.name}`,
        bytes: diskBytesOf(vm),
      })),
    )
      .get('east-worker-1')!
      .get('default-disk')!;
    const [disk] = longhornDisksOf(
      east.hosts.find(h => h.name === 'east-worker-1')!,
    );
    // Its 480 GB disk is promised more than it holds, as Longhorn allows.
    expect(worker.scheduledBytes).toBeGreaterThan(disk.maximumBytes);
    expect(worker.usedBytes / disk.maximumBytes).toBeLessThan(0.9);
  });
});
