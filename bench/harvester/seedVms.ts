import { KubeClusterClient } from '../../plugins/harvester-backend/src/kube/KubeClusterClient';
import { KubeObject } from '../../plugins/harvester-backend/src/kube/KubeObject';
import { BenchCluster } from './benchClusters';

export const VMS_PER_CLUSTER = 1000;
const NAMESPACES = 10;
const HOSTS = 8;
const CONCURRENCY = 32;

export const benchNamespaces = Array.from(
  { length: NAMESPACES },
  (_, i) => `bench-${String.fromCharCode(97 + i)}`,
);

export function clientFor(cluster: BenchCluster) {
  return KubeClusterClient.create(
    {
      name: cluster.name,
      url: cluster.url,
      caData: cluster.caData,
      auth: { type: 'serviceAccount', token: cluster.token },
      source: 'config',
    },
    cluster.token,
  );
}

async function inParallel<T>(items: T[], work: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

const ignoreConflict = (error: any) => {
  if (error?.name !== 'ConflictError') throw error;
};

function vm(namespace: string, i: number): KubeObject {
  const running = i % 5 !== 0;
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: {
      name: `vm-${String(i).padStart(4, '0')}`,
      namespace,
      labels: { app: `app-${i % 25}`, tier: i % 2 ? 'web' : 'db' },
      annotations: {
        'platform-portal.dev/owner': `group:default/team-${i % 7}`,
      },
    },
    spec: {
      runStrategy: running ? 'Always' : 'Halted',
      template: {
        spec: {
          domain: {
            cpu: { cores: 1 + (i % 4) },
            memory: { guest: `${2 ** (1 + (i % 4))}Gi` },
            devices: { disks: [{ name: 'disk-0', disk: { bus: 'virtio' } }] },
          },
          volumes: [
            {
              name: 'disk-0',
              persistentVolumeClaim: { claimName: `vm-${i}-disk-0` },
            },
          ],
        },
      },
    },
  };
}

function vmi(namespace: string, i: number): KubeObject {
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachineInstance',
    metadata: { name: `vm-${String(i).padStart(4, '0')}`, namespace },
    spec: { domain: { devices: {} } },
    status: {
      phase: 'Running',
      nodeName: `bench-host-${i % HOSTS}`,
      interfaces: [
        { name: 'default', ipAddress: `10.52.${i % 250}.${i % 200}` },
      ],
    },
  };
}

/**
 * 1,000 VMs per cluster in 10 namespaces, 4 in 5 running (with a VMI on one
 * of 8 hosts). Idempotent: a cluster that already holds them is left alone.
 */
export async function seedVms(cluster: BenchCluster): Promise<number> {
  const client = clientFor(cluster);
  const existing = await client.list('vm', { labelSelector: 'tier' });
  if (existing.items.length >= VMS_PER_CLUSTER) return existing.items.length;
  for (const name of benchNamespaces) {
    await client
      .create('namespace', {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name },
      })
      .catch(ignoreConflict);
  }
  const hosts = Array.from({ length: HOSTS }, (_, h) => h);
  await inParallel(hosts, h =>
    client
      .create('node', {
        apiVersion: 'v1',
        kind: 'Node',
        metadata: {
          name: `bench-host-${h}`,
          labels: { 'node-role.harvesterhci.io/worker': 'true' },
        },
      })
      .catch(ignoreConflict),
  );
  const indexes = Array.from({ length: VMS_PER_CLUSTER }, (_, i) => i);
  await inParallel(indexes, async i => {
    const namespace = benchNamespaces[i % NAMESPACES];
    await client.create('vm', vm(namespace, i)).catch(ignoreConflict);
    if (i % 5 !== 0)
      await client.create('vmi', vmi(namespace, i)).catch(ignoreConflict);
  });
  return VMS_PER_CLUSTER;
}
