import { ObjectReader } from '../kube/ObjectReader';
import { VirtualMachine, VirtualMachineInstance } from '../kube/types/kubevirt';
import {
  BlockDeviceObject,
  LonghornNodeObject,
  NodeMetricsObject,
  NodeObject,
} from '../kube/types/nodes';
import { vmSpecFacts } from '../vms/vmSpecFacts';

/** What the VMs placed on a host asked for. */
export type HostAllocation = { cpuCores: number; memoryBytes: number };

/** Everything about one cluster's hosts, read once per request. */
export type HostInventory = {
  nodes: NodeObject[];
  vmisOn(node: string): VirtualMachineInstance[];
  allocatedOn(node: string): HostAllocation;
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

/** A VMI that ended (Succeeded, Failed) stays until its VM restarts, holding nothing. */
const holdsResources = (vmi: VirtualMachineInstance) =>
  !['Succeeded', 'Failed'].includes(vmi.status?.phase ?? '');

/**
 * The CPU and memory of the VMs whose instances run on each host, from
 * the VMs' specs (a VMI shares its VM's name).
 */
function allocationsByNode(
  vmisByNode: Map<string, VirtualMachineInstance[]>,
  vms: VirtualMachine[],
): Map<string, HostAllocation> {
  const vmByKey = new Map(
    vms.map(vm => [`${vm.metadata.namespace}/${vm.metadata.name}`, vm]),
  );
  const allocations = new Map<string, HostAllocation>();
  for (const [node, vmis] of vmisByNode) {
    const allocation = { cpuCores: 0, memoryBytes: 0 };
    for (const vmi of vmis.filter(holdsResources)) {
      const vm = vmByKey.get(`${vmi.metadata.namespace}/${vmi.metadata.name}`);
      if (!vm) continue;
      const facts = vmSpecFacts(vm);
      allocation.cpuCores += facts.cpuCores;
      allocation.memoryBytes += facts.memoryBytes;
    }
    allocations.set(node, allocation);
  }
  return allocations;
}

export async function loadHostInventory(
  reader: ObjectReader,
): Promise<HostInventory> {
  const [nodes, vmis, vms, blockDevices, longhornNodes, metrics] =
    await Promise.all([
      reader.list('node') as Promise<NodeObject[]>,
      reader.list('vmi') as Promise<VirtualMachineInstance[]>,
      reader.list('vm') as Promise<VirtualMachine[]>,
      reader.list('blockDevice') as Promise<BlockDeviceObject[]>,
      reader.list('longhornNode') as Promise<LonghornNodeObject[]>,
      readNodeMetrics(reader),
    ]);
  const vmisByNode = groupBy(vmis, v => v.status?.nodeName);
  const allocations = allocationsByNode(vmisByNode, vms);
  const devicesByNode = groupBy(blockDevices, d => d.spec?.nodeName);
  const longhornByName = new Map(longhornNodes.map(n => [n.metadata.name, n]));
  const metricsByName = new Map(metrics.map(m => [m.metadata.name, m]));
  return {
    nodes,
    vmisOn: node => vmisByNode.get(node) ?? [],
    allocatedOn: node =>
      allocations.get(node) ?? { cpuCores: 0, memoryBytes: 0 },
    blockDevicesOf: node => devicesByNode.get(node) ?? [],
    longhornNodeOf: node => longhornByName.get(node),
    metricsOf: node => metricsByName.get(node),
  };
}
