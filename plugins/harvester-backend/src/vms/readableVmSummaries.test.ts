import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_LABELS,
} from '@internal/plugin-harvester-common';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { KubeObject } from '../kube/KubeObject';
import { ObjectReader } from '../kube/ObjectReader';
import { KindKey } from '../kube/resourceKinds';
import { vmManifest } from './__testUtils__/vmFixtures';
import { readableVmSummaries } from './listVms';

const COUNT = 2000;

/** A reader over fixed arrays, like a synced cache that hands out its objects. */
function memoryReader(
  objects: Partial<Record<KindKey, KubeObject[]>>,
): ObjectReader & { reads: number } {
  const reader = {
    reads: 0,
    async list(kind: KindKey, namespace?: string) {
      reader.reads += 1;
      const all = objects[kind] ?? [];
      return namespace
        ? all.filter(o => o.metadata.namespace === namespace)
        : [...all];
    },
    async get(kind: KindKey, namespace: string | undefined, name: string) {
      reader.reads += 1;
      return (objects[kind] ?? []).find(
        o => o.metadata.namespace === namespace && o.metadata.name === name,
      );
    },
  };
  return reader;
}

describe('readableVmSummaries', () => {
  const namespaces = ['a', 'b', 'c', 'd'];
  const vms = Array.from({ length: COUNT }, (_, i) => {
    const namespace = namespaces[i % namespaces.length];
    const vm = vmManifest(namespace, `vm-${i}`, {
      runStrategy: 'Always',
      claims: [`vm-${i}-disk-0`],
      claimTemplates: [
        {
          metadata: { name: `vm-${i}-disk-0` },
          spec: { resources: { requests: { storage: '20Gi' } } },
        },
      ],
      labels: { [`${HARVESTER_LABELS.tagPrefix}env`]: i % 2 ? 'prod' : 'dev' },
      annotations:
        i % 3 ? {} : { [HARVESTER_ANNOTATIONS.owner]: 'user:default/alice' },
    });
    return {
      ...vm,
      metadata: { ...vm.metadata, uid: `uid-${i}`, resourceVersion: '1' },
      status: { printableStatus: 'Running' },
    };
  });
  const vmis = vms.map(vm => ({
    metadata: { name: vm.metadata.name, namespace: vm.metadata.namespace },
    status: {
      phase: 'Running',
      nodeName: `host-${vm.metadata.name.length % 3}`,
      interfaces: [{ name: 'default', ipAddress: '10.0.0.1' }],
    },
  }));
  const pvcs = vms.map(vm => ({
    metadata: {
      name: `${vm.metadata.name}-disk-0`,
      namespace: vm.metadata.namespace,
    },
    spec: { resources: { requests: { storage: '20Gi' } } },
    status: { capacity: { storage: '20Gi' } },
  }));
  const reader = memoryReader({
    vm: vms,
    vmi: vmis,
    pvc: pvcs,
    migration: [],
    namespace: namespaces.map(name => ({ metadata: { name } })),
  });
  const handle = {
    name: 'perf',
    definition: { name: 'perf', owner: 'group:default/ops' },
  } as unknown as ClusterHandle;

  it(`summarises ${COUNT} cached VMs with a fixed number of reads, in milliseconds`, async () => {
    const allowAlice = {
      allows: (r: { owner?: string }) => r.owner === 'user:default/alice',
    };
    const all = await readableVmSummaries(
      handle,
      reader,
      { allows: () => true },
      { state: [], host: [] },
    );
    expect(all).toHaveLength(COUNT);
    expect(all[1]).toMatchObject({
      state: 'Running',
      storageBytes: 20 * 2 ** 30,
      owner: 'group:default/ops',
      tags: ['env', 'env=prod'],
    });
    expect(reader.reads).toBe(5);

    const timings: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const mine = await readableVmSummaries(handle, reader, allowAlice, {
        state: ['Running'],
        host: [],
      });
      timings.push(performance.now() - started);
      expect(mine).toHaveLength(Math.ceil(COUNT / 3));
    }
    // A generous bound for slow CI machines; locally this takes a few ms.
    expect(Math.min(...timings)).toBeLessThan(100);
  });
});
