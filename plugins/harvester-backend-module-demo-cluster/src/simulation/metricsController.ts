import { HARVESTER_LABELS } from '@internal/plugin-harvester-common';
import { KindKey } from '../kube/kinds';
import { KubeObject } from '../kube/KubeObject';
import { seededHash } from '../kube/seededHash';
import { isPaused } from '../kubevirt/virtualMachines';
import { SimulationScope } from './observeCluster';
import { formatCpu, formatMemory } from './quantity';
import { guestOf, Resources } from './resources';
import {
  ClusterState,
  findObject,
  SimulationContext,
  timestamp,
} from './SimulationContext';

const GiB = 2 ** 30;

/** A load between `low` and `high` that drifts over minutes, different per seed. */
function load(seed: string, low: number, high: number, now: number): number {
  const phase = seededHash(seed)[0] / 40;
  const wave = (Math.sin(now / 180_000 + phase) + 1) / 2;
  const noise = (Math.sin(now / 23_000 + phase * 7) + 1) / 20;
  return low + (high - low) * Math.min(1, wave * 0.9 + noise);
}

/** What the guest uses of its virtual hardware; nothing while paused. */
function guestUsage(vmi: KubeObject, now: number): Resources {
  if (isPaused(vmi))
    return { cpu: 0.001, memory: guestOf(vmi.spec).memory * 0.5 };
  const guest = guestOf(vmi.spec);
  const seed = vmi.metadata.uid!;
  return {
    cpu: guest.cpu * load(`${seed}:cpu`, 0.05, 0.75, now),
    memory: guest.memory * load(`${seed}:memory`, 0.45, 0.9, now),
  };
}

/** Host overhead: Harvester's own services, heavier on management hosts. */
function systemUsage(node: KubeObject, now: number): Resources {
  const management =
    node.metadata.labels?.[HARVESTER_LABELS.roleManagement] === 'true';
  const seed = node.metadata.uid!;
  return {
    cpu: load(`${seed}:cpu`, management ? 0.8 : 0.3, management ? 2 : 0.8, now),
    memory: (management ? 9 : 4) * GiB * load(`${seed}:memory`, 0.9, 1.1, now),
  };
}

async function upsert(
  ctx: SimulationContext,
  kind: KindKey,
  existing: KubeObject[],
  object: KubeObject,
) {
  const current = findObject(
    existing,
    object.metadata.namespace,
    object.metadata.name,
  );
  if (!current) {
    await ctx.api.create(kind, object);
    return;
  }
  const { resourceVersion } = current.metadata;
  await ctx.api.replace(kind, {
    ...object,
    metadata: { ...object.metadata, resourceVersion },
  });
}

/**
 * metrics-server: NodeMetrics per host (system overhead plus its guests)
 * and PodMetrics per virt-launcher pod, with usage that drifts plausibly.
 * A cluster without `metrics.k8s.io` is left alone.
 */
export async function publishMetrics(
  ctx: SimulationContext,
  state: ClusterState,
  scope: SimulationScope,
) {
  const now = Date.now();
  const window = '15s';
  const scopes = scope.namespaces ?? [undefined];
  const [nodeMetrics, podMetrics] = await Promise.all([
    ctx.api.list('nodeMetrics'),
    Promise.all(
      scopes.map(namespace => ctx.api.list('podMetrics', { namespace })),
    ).then(l => l.flat()),
  ]);
  const nodes = new Set(state.nodes.map(n => n.metadata.name));
  for (const node of state.nodes) {
    const usage = state.vmis
      .filter(
        vmi =>
          vmi.status?.phase === 'Running' &&
          vmi.status.nodeName === node.metadata.name,
      )
      .map(vmi => guestUsage(vmi, now))
      .reduce(
        (sum, u) => ({ cpu: sum.cpu + u.cpu, memory: sum.memory + u.memory }),
        systemUsage(node, now),
      );
    await upsert(ctx, 'nodeMetrics', nodeMetrics, {
      apiVersion: 'metrics.k8s.io/v1beta1',
      kind: 'NodeMetrics',
      metadata: { name: node.metadata.name, labels: node.metadata.labels },
      timestamp: timestamp(),
      window,
      usage: { cpu: formatCpu(usage.cpu), memory: formatMemory(usage.memory) },
    });
  }
  const pods = new Set<string>();
  for (const pod of state.pods) {
    const vmi = state.vmis.find(
      v => v.metadata.uid === pod.metadata.labels?.['kubevirt.io/created-by'],
    );
    if (!vmi) continue;
    pods.add(`${pod.metadata.namespace}/${pod.metadata.name}`);
    const usage = guestUsage(vmi, now);
    await upsert(ctx, 'podMetrics', podMetrics, {
      apiVersion: 'metrics.k8s.io/v1beta1',
      kind: 'PodMetrics',
      metadata: {
        name: pod.metadata.name,
        namespace: pod.metadata.namespace,
        labels: pod.metadata.labels,
      },
      timestamp: timestamp(),
      window,
      containers: [
        {
          name: 'compute',
          usage: {
            cpu: formatCpu(usage.cpu),
            memory: formatMemory(usage.memory + 180 * 2 ** 20),
          },
        },
      ],
    });
  }
  for (const stale of podMetrics.filter(
    m => !pods.has(`${m.metadata.namespace}/${m.metadata.name}`),
  )) {
    await ctx.api.delete(
      'podMetrics',
      stale.metadata.namespace,
      stale.metadata.name,
    );
  }
  for (const stale of nodeMetrics.filter(
    m => !scope.nodeSelector && !nodes.has(m.metadata.name),
  )) {
    await ctx.api.delete('nodeMetrics', undefined, stale.metadata.name);
  }
}
