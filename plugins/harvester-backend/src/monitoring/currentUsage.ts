import { Request } from 'express';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { loadHostInventory, HostInventory } from '../hosts/hostInventory';
import { KubeObject } from '../kube/KubeObject';
import { parseQuantity } from '../kube/quantity';

/** `metrics.k8s.io/v1beta1` PodMetrics: usage per container. */
export type PodMetricsObject = KubeObject & {
  containers?: { name: string; usage?: { cpu?: string; memory?: string } }[];
};

/** What metrics-server says a VM's virt-launcher pod uses now. */
export type VmUsage = {
  namespace: string;
  name: string;
  cpuCoresUsed?: number;
  memoryBytesUsed?: number;
};

export type CurrentUsage = {
  inventory: HostInventory;
  vms: VmUsage[];
  /** False when the cluster serves no `metrics.k8s.io` (no metrics-server). */
  metricsAvailable: boolean;
};

/** The labels KubeVirt puts on a virt-launcher pod (and metrics-server copies). */
const VM_LABELS = ['kubevirt.io/domain', 'vm.kubevirt.io/name'];

/** The API does not exist (404) or metrics-server does not answer (503). */
const metricsMissing = new Set(['NotFoundError', 'ServiceUnavailableError']);

const sum = (values: (number | undefined)[]) =>
  values.some(v => v !== undefined)
    ? values.reduce<number>((total, v) => total + (v ?? 0), 0)
    : undefined;

function toVmUsage(pod: PodMetricsObject): VmUsage | undefined {
  const labels = pod.metadata.labels ?? {};
  const name = VM_LABELS.map(label => labels[label]).find(Boolean);
  if (!name || !pod.metadata.namespace) return undefined;
  const containers = pod.containers ?? [];
  return {
    namespace: pod.metadata.namespace,
    name,
    cpuCoresUsed: sum(containers.map(c => parseQuantity(c.usage?.cpu))),
    memoryBytesUsed: sum(containers.map(c => parseQuantity(c.usage?.memory))),
  };
}

async function readCurrentUsage(
  handle: ClusterHandle,
  req: Request,
): Promise<CurrentUsage> {
  const reader = handle.readerFor(req);
  const [inventory, pods] = await Promise.all([
    loadHostInventory(reader),
    reader.list('podMetrics').catch(error => {
      if (metricsMissing.has((error as Error)?.name)) return undefined;
      throw error;
    }),
  ]);
  return {
    inventory,
    vms: (pods ?? []).flatMap(pod => toVmUsage(pod) ?? []),
    metricsAvailable: pods !== undefined,
  };
}

const MEMO_MS = 10_000;

/**
 * Current usage per cluster. Metrics cannot be watched, so they are read
 * from the API server; a cluster read with the shared service account is
 * read at most once every 10 s however many people watch the page. Reads
 * with a user's own token are never shared.
 */
export function createCurrentUsageReader(now: () => number = Date.now) {
  const memo = new Map<string, { at: number; usage: Promise<CurrentUsage> }>();

  return function currentUsage(
    handle: ClusterHandle,
    req: Request,
  ): Promise<CurrentUsage> {
    if (!handle.cache) return readCurrentUsage(handle, req);
    const hit = memo.get(handle.name);
    if (hit && now() - hit.at < MEMO_MS) return hit.usage;
    const usage = readCurrentUsage(handle, req);
    memo.set(handle.name, { at: now(), usage });
    usage.catch(() => {
      if (memo.get(handle.name)?.usage === usage) memo.delete(handle.name);
    });
    return usage;
  };
}
