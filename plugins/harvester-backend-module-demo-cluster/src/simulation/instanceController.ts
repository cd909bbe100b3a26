import {
  Condition,
  conditionOf,
  KubeObject,
  withCondition,
} from '../kube/KubeObject';
import { interfacesOf } from './instanceNetwork';
import { placeInstance } from './scheduler';
import {
  ClusterState,
  forEachObject,
  phaseTransitions,
  SimulationContext,
  timestamp,
} from './SimulationContext';

/** The VM that owns a VMI, when it still exists (by uid: a recreated VM is another owner). */
function ownerOf(
  vmi: KubeObject,
  state: ClusterState,
): KubeObject | undefined | null {
  const ref = vmi.metadata.ownerReferences?.find(
    r => r.kind === 'VirtualMachine',
  );
  if (!ref) return null;
  return state.vms.find(vm => vm.metadata.uid === ref.uid);
}

async function schedule(
  ctx: SimulationContext,
  vmi: KubeObject,
  state: ClusterState,
) {
  const { namespace, name } = vmi.metadata;
  const placement = placeInstance(vmi, state.nodes, state.vmis);
  const now = timestamp();
  const conditions: Condition[] = vmi.status?.conditions ?? [];
  if ('reason' in placement) {
    const unschedulable: Condition = {
      type: 'PodScheduled',
      status: 'False',
      reason: 'Unschedulable',
      message: placement.reason,
    };
    const previous = conditionOf(vmi, 'PodScheduled');
    if (previous?.message !== placement.reason) {
      await ctx.api.patchStatus('vmi', namespace, name, {
        conditions: withCondition(conditions, unschedulable, now),
      });
      const vm = ownerOf(vmi, state);
      if (vm) {
        await ctx.events.record(
          'vm',
          vm,
          'FailedScheduling',
          placement.reason,
          { type: 'Warning', component: 'default-scheduler' },
        );
      }
    }
    return;
  }
  const nodeName = placement.node.metadata.name;
  let next = conditions.filter(c => c.type !== 'PodScheduled');
  next = withCondition(next, { type: 'Ready', status: 'True' }, now);
  next = withCondition(next, { type: 'LiveMigratable', status: 'True' }, now);
  next = withCondition(next, { type: 'AgentConnected', status: 'True' }, now);
  // Later placements in this tick see this one.
  vmi.status = (
    await ctx.api.patchStatus('vmi', namespace, name, {
      phase: 'Running',
      nodeName,
      phaseTransitionTimestamps: [
        ...phaseTransitions(vmi, 'Scheduled'),
        { phase: 'Running', phaseTransitionTimestamp: now },
      ],
      conditions: next,
      interfaces: interfacesOf(vmi),
      qosClass: 'Burstable',
      migrationMethod: 'BlockMigration',
    })
  ).status;
  const vm = ownerOf(vmi, state);
  if (vm) {
    await ctx.events.record(
      'vm',
      vm,
      'Started',
      `VirtualMachineInstance started on host ${nodeName}`,
    );
  }
}

/**
 * What virt-controller and virt-handler do for VMIs: new ones go to
 * Scheduling, and after the scheduling time to Running on the least loaded
 * schedulable host, with interfaces and addresses; VMIs whose VM is gone
 * are deleted (no garbage collector on a bare API server).
 */
export async function reconcileInstances(
  ctx: SimulationContext,
  state: ClusterState,
) {
  await forEachObject(ctx, 'VMI', state.vmis, async vmi => {
    const { namespace, name, uid } = vmi.metadata;
    if (ownerOf(vmi, state) === undefined) {
      await ctx.api.delete('vmi', namespace, name);
      return;
    }
    const phase = vmi.status?.phase ?? '';
    if (phase === '' || phase === 'Pending') {
      await ctx.api.patchStatus('vmi', namespace, name, {
        phase: 'Scheduling',
        phaseTransitionTimestamps: phaseTransitions(vmi, 'Scheduling'),
      });
      // The scheduling time counts from now, not from the next look.
      ctx.clock.elapsed(uid!, 'Scheduling');
    } else if (
      phase === 'Scheduling' &&
      ctx.clock.elapsed(uid!, phase) >= ctx.timings.scheduleMs
    ) {
      await schedule(ctx, vmi, state);
    }
  });
}
