import { ObjectReader } from '../kube/ObjectReader';
import { VirtualMachineInstance } from '../vms/kubevirtTypes';
import {
  BlockDeviceObject,
  LonghornNodeObject,
  NodeMetricsObject,
  NodeObject,
} from './nodeTypes';

/** Everything about one cluster's hosts, read once per request. */
export type HostInventory = {
  nodes: NodeObject[];
  vmisOn(node: string): VirtualMachineInstance[];
  blockDevicesOf(node: string): BlockDeviceObject[];
  longhornNodeOf(node: string): LonghornNodeObject | undefined;
  /** Undefined when the cluster serves no `metrics.k8s.io` (no metrics-server). */
  metricsOf(node: string): NodeMetricsObject | undefined;
};

function groupBy<T>(items: T[], keyOf: (item: T) => string | undefined) {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

/**
 * No metrics API (404), metrics-server not answering (503), or the
 * caller's own token may not read metrics (OIDC clusters): no usage.
 */
const metricsMissing = new Set([
  'NotFoundError',
  'ServiceUnavailableError',
  'NotAllowedError',
]);

/**
 * Node metrics cannot be watched, so they are read from the API server on
 * each request; a cluster without metrics-server simply has no usage.
 */
async function readNodeMetrics(
  reader: ObjectReader,
): Promise<NodeMetricsObject[]> {
  try {
    return await reader.list('nodeMetrics');
  } catch (error) {
    if (metricsMissing.has((error as Error)?.name)) return [];
    throw error;
  }
}

export async function loadHostInventory(
  reader: ObjectReader,
): Promise<HostInventory> {
  const [nodes, vmis, blockDevices, longhornNodes, metrics] = await Promise.all(
    [
      reader.list('node') as Promise<NodeObject[]>,
      reader.list('vmi') as Promise<VirtualMachineInstance[]>,
      reader.list('blockDevice') as Promise<BlockDeviceObject[]>,
      reader.list('longhornNode') as Promise<LonghornNodeObject[]>,
      readNodeMetrics(reader),
    ],
  );
  const vmisByNode = groupBy(vmis, v => v.status?.nodeName);
  const devicesByNode = groupBy(blockDevices, d => d.spec?.nodeName);
  const longhornByName = new Map(longhornNodes.map(n => [n.metadata.name, n]));
  const metricsByName = new Map(metrics.map(m => [m.metadata.name, m]));
  return {
    nodes,
    vmisOn: node => vmisByNode.get(node) ?? [],
    blockDevicesOf: node => devicesByNode.get(node) ?? [],
    longhornNodeOf: node => longhornByName.get(node),
    metricsOf: node => metricsByName.get(node),
  };
}
