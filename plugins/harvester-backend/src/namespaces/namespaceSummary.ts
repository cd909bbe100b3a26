import { NamespaceSummary, VmSummary } from '@internal/plugin-harvester-common';
import { KubeObject } from '../kube/KubeObject';
import { ObjectReader } from '../kube/ObjectReader';
import { VirtualMachine } from '../kube/types/kubevirt';
import { Ownership } from '../resources/ownership';
import { loadVmRelations } from '../vms/vmRelations';
import { toVmSummary } from '../vms/vmSummary';
import { QUOTA_NAME, quotaOf } from './namespaceQuota';

/** The VMs and quotas of one cluster (or one namespace of it), by namespace. */
export type NamespaceContents = {
  vmsIn(namespace: string): VmSummary[];
  quotaIn(namespace: string): KubeObject | undefined;
};

export async function loadNamespaceContents(
  cluster: string,
  reader: ObjectReader,
  ownership: Ownership,
  namespace?: string,
): Promise<NamespaceContents> {
  const [vms, relations, quotas] = await Promise.all([
    reader.list('vm', namespace) as Promise<VirtualMachine[]>,
    loadVmRelations(reader, namespace),
    reader.list('resourceQuota', namespace),
  ]);
  const vmsByNamespace = new Map<string, VmSummary[]>();
  for (const vm of vms) {
    const summary = toVmSummary(cluster, vm, relations, ownership);
    const list = vmsByNamespace.get(summary.namespace) ?? [];
    list.push(summary);
    vmsByNamespace.set(summary.namespace, list);
  }
  const portalQuotas = new Map(
    quotas
      .filter(q => q.metadata.name === QUOTA_NAME)
      .map(q => [q.metadata.namespace!, q]),
  );
  return {
    vmsIn: ns => vmsByNamespace.get(ns) ?? [],
    quotaIn: ns => portalQuotas.get(ns),
  };
}

/** A namespace with its quota and what its VMs take (stopped ones too). */
export function toNamespaceSummary(
  cluster: string,
  namespace: KubeObject,
  contents: NamespaceContents,
  ownership: Ownership,
): NamespaceSummary {
  const name = namespace.metadata.name;
  const vms = contents.vmsIn(name);
  const quota = quotaOf(contents.quotaIn(name));
  const total = (size: (vm: VmSummary) => number) =>
    vms.reduce((sum, vm) => sum + size(vm), 0);
  return {
    cluster,
    name,
    phase: namespace.status?.phase ?? 'Active',
    owner: ownership.ownerOf(namespace),
    vmCount: vms.length,
    ...(quota ? { quota } : {}),
    usage: {
      cpuCores: total(vm => vm.cpuCores),
      memoryBytes: total(vm => vm.memoryBytes),
      storageBytes: total(vm => vm.storageBytes),
    },
    createdAt: namespace.metadata.creationTimestamp ?? '',
  };
}
