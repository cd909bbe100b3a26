import { randomSuffix, TestCluster } from '../../__testUtils__/testCluster';
import { writeStatus } from '../../__testUtils__/writeStatus';
import { NodeObject } from '../../kube/types/nodes';

export type HostFixtureOptions = {
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  unschedulable?: boolean;
  /** Written through the status subresource, as the kubelet does. */
  status?: NodeObject['status'];
};

/** A host with this much hardware, Ready, on x86_64. */
export function hostStatus(
  cpu: string,
  memory: string,
  extra: Partial<NonNullable<NodeObject['status']>> = {},
): NonNullable<NodeObject['status']> {
  return {
    capacity: { cpu, memory },
    allocatable: { cpu, memory },
    conditions: [{ type: 'Ready', status: 'True' }],
    nodeInfo: {
      architecture: 'amd64',
      kernelVersion: '5.14.21',
      osImage: 'Harvester v1.5.0',
    },
    ...extra,
  };
}

/**
 * Cluster-scoped fixtures of the host area, uniquely named (`<prefix>-<random>`)
 * because every test file shares the API server; `cleanup` deletes them.
 */
export function hostFixtures(cluster: TestCluster) {
  const { client } = cluster;
  const created: { kind: 'node' | 'nodeMetrics'; name: string }[] = [];

  return {
    async node(prefix: string, options: HostFixtureOptions = {}) {
      const name = `${prefix}-${randomSuffix()}`;
      created.push({ kind: 'node', name });
      await client.create('node', {
        metadata: {
          name,
          labels: { 'kubernetes.io/hostname': name, ...options.labels },
          annotations: options.annotations,
        },
        spec: { unschedulable: options.unschedulable },
      });
      if (options.status) {
        await writeStatus(cluster, 'node', name, options.status);
      }
      return name;
    },
    /** metrics-server's reading for a host (the local stand-in CRD). */
    async metrics(node: string, cpu: string, memory: string) {
      created.push({ kind: 'nodeMetrics', name: node });
      await client.create('nodeMetrics', {
        apiVersion: 'metrics.k8s.io/v1beta1',
        kind: 'NodeMetrics',
        metadata: { name: node },
        timestamp: new Date().toISOString(),
        window: '30s',
        usage: { cpu, memory },
      });
    },
    /** A disk node-disk-manager found on the host. */
    blockDevice(
      node: string,
      name: string,
      sizeBytes: number,
      deviceType = 'disk',
    ) {
      return client.create('blockDevice', {
        metadata: { name, namespace: cluster.namespace },
        spec: {
          nodeName: node,
          devPath: `/dev/${name}`,
          fileSystem: { mountPoint: '' },
        },
        status: {
          provisionPhase: 'Provisioned',
          state: 'Active',
          deviceStatus: {
            devPath: `/dev/${name}`,
            partitioned: false,
            capacity: { sizeBytes, physicalBlockSizeBytes: 512 },
            details: {
              deviceType,
              driveType: 'SSD',
              storageController: 'NVMe',
            },
            fileSystem: { mountPoint: '', type: '' },
          },
        },
      });
    },
    /** Longhorn's node object for the host, with its disks. */
    async longhornNode(
      node: string,
      disks: Record<
        string,
        {
          storageMaximum: number;
          storageScheduled: number;
          storageAvailable?: number;
        }
      >,
    ) {
      await client.create('longhornNode', {
        metadata: { name: node, namespace: cluster.namespace },
        spec: {},
      });
      await writeStatus(cluster, 'longhornNode', node, { diskStatus: disks });
    },
    async cleanup() {
      await Promise.all(
        created.map(({ kind, name }) => client.delete(kind, undefined, name)),
      );
    },
  };
}
