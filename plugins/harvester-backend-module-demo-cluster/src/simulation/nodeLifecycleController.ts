import { conditionOf } from '../kube/KubeObject';
import {
  ClusterState,
  forEachObject,
  SimulationContext,
} from './SimulationContext';

const NOT_READY = 'node.kubernetes.io/not-ready';

/**
 * kube-controller-manager's node lifecycle controller, for taints: a Node
 * is created with `node.kubernetes.io/not-ready:NoSchedule` (the API
 * server's TaintNodesByCondition admission), which goes once it reports
 * Ready and comes back when it stops.
 */
export async function reconcileNodeLifecycle(
  ctx: SimulationContext,
  state: ClusterState,
) {
  await forEachObject(ctx, 'node', state.nodes, async node => {
    const taints: { key: string; effect: string }[] = node.spec?.taints ?? [];
    const tainted = taints.some(t => t.key === NOT_READY);
    const ready = conditionOf(node, 'Ready')?.status === 'True';
    if (ready === !tainted) return;
    const next = ready
      ? taints.filter(t => t.key !== NOT_READY)
      : [...taints, { key: NOT_READY, effect: 'NoSchedule' }];
    // Later placements in this tick see the change.
    node.spec = (
      await ctx.api.patch('node', undefined, node.metadata.name, {
        spec: { taints: next.length ? next : null },
      })
    ).spec;
  });
}
