import { stableJson } from '../kube/stableJson';
import { KubeObject } from '../kube/KubeObject';
import { formatBytes, formatCores, parseQuantity } from './quantity';
import {
  ClusterState,
  forEachObject,
  SimulationContext,
} from './SimulationContext';

type Usage = Record<string, number>;

function podUsage(pod: KubeObject): Usage {
  const usage: Usage = { pods: 1 };
  for (const container of pod.spec?.containers ?? []) {
    const { requests = {}, limits = {} } = container.resources ?? {};
    const add = (key: string, value: string | undefined) => {
      usage[key] = (usage[key] ?? 0) + parseQuantity(value);
    };
    add('requests.cpu', requests.cpu ?? limits.cpu);
    add('requests.memory', requests.memory ?? limits.memory);
    add('limits.cpu', limits.cpu);
    add('limits.memory', limits.memory);
  }
  usage.cpu = usage['requests.cpu'];
  usage.memory = usage['requests.memory'];
  return usage;
}

function namespaceUsage(state: ClusterState, namespace: string): Usage {
  const usage: Usage = {};
  const add = (key: string, value: number) =>
    (usage[key] = (usage[key] ?? 0) + value);
  for (const pod of state.pods.filter(
    p => p.metadata.namespace === namespace,
  )) {
    for (const [key, value] of Object.entries(podUsage(pod))) add(key, value);
  }
  for (const pvc of state.pvcs.filter(
    p => p.metadata.namespace === namespace,
  )) {
    add('persistentvolumeclaims', 1);
    add(
      'requests.storage',
      parseQuantity(pvc.spec?.resources?.requests?.storage),
    );
  }
  add(
    'count/virtualmachines.kubevirt.io',
    state.vms.filter(v => v.metadata.namespace === namespace).length,
  );
  return usage;
}

function format(key: string, value: number): string {
  if (key.endsWith('cpu')) return formatCores(value);
  if (key.endsWith('memory') || key.endsWith('storage')) {
    return formatBytes(value);
  }
  return String(value);
}

/**
 * kube-controller-manager's quota controller: `status.used` of each core
 * ResourceQuota for the resources it limits, from the namespace's
 * virt-launcher pods, claims and VMs.
 */
export async function reconcileQuotas(
  ctx: SimulationContext,
  state: ClusterState,
) {
  await forEachObject(ctx, 'quota', state.quotas, async quota => {
    const { namespace, name } = quota.metadata;
    const hard: Record<string, string> = quota.spec?.hard ?? {};
    const usage = namespaceUsage(state, namespace!);
    const used = Object.fromEntries(
      Object.keys(hard).map(key => [key, format(key, usage[key] ?? 0)]),
    );
    if (stableJson(quota.status) === stableJson({ hard, used })) return;
    await ctx.api.patchStatus('resourceQuota', namespace, name, { hard, used });
  });
}
