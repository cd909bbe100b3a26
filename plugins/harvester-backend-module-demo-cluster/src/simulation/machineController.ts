import {
  Condition,
  conditionOf,
  KubeObject,
  stampCondition,
} from '../kube/KubeObject';
import { stableJson } from '../kube/stableJson';
import {
  instanceFor,
  isFinal,
  isPaused,
  runStrategyOf,
} from '../kubevirt/virtualMachines';
import {
  ClusterState,
  findObject,
  forEachObject,
  SimulationContext,
  timestamp,
} from './SimulationContext';

/** Whether the VM should have a VMI: its run strategy, or for Manual its last start/stop request. */
function wantsInstance(vm: KubeObject, vmi: KubeObject | undefined): boolean {
  switch (runStrategyOf(vm)) {
    case 'Always':
    case 'RerunOnFailure':
      return true;
    case 'Halted':
      return false;
    default: {
      const request = vm.status?.stateChangeRequests?.[0]?.action;
      if (request === 'Start') return true;
      if (request === 'Stop') return false;
      return !!vmi && !isFinal(vmi);
    }
  }
}

export const isMigrating = (vmi: KubeObject | undefined) => {
  const state = vmi?.status?.migrationState;
  return !!state?.startTimestamp && !state.endTimestamp;
};

function printableStatus(vmi: KubeObject | undefined, wanted: boolean): string {
  if (!vmi) return wanted ? 'Starting' : 'Stopped';
  if (!wanted) return 'Stopping';
  if (vmi.status?.phase === 'Running') {
    if (isPaused(vmi)) return 'Paused';
    return isMigrating(vmi) ? 'Migrating' : 'Running';
  }
  if (conditionOf(vmi, 'PodScheduled')?.reason === 'Unschedulable') {
    return 'ErrorUnschedulable';
  }
  return 'Starting';
}

/** The VM status virt-controller reports, derived from the VMI. */
function statusFor(
  vm: KubeObject,
  vmi: KubeObject | undefined,
  wanted: boolean,
) {
  const now = timestamp();
  const ready = vmi?.status?.phase === 'Running' && !isPaused(vmi);
  const readiness: Condition = ready
    ? { type: 'Ready', status: 'True' }
    : {
        type: 'Ready',
        status: 'False',
        reason: vmi ? 'NotReady' : 'VMINotExists',
        message: vmi ? 'VMI is not ready' : 'VMI does not exist',
      };
  const copied = ['Paused', 'PodScheduled']
    .map(type => conditionOf(vmi, type))
    .filter((c): c is Condition => !!c);
  return {
    printableStatus: printableStatus(vmi, wanted),
    ready,
    created: !!vmi,
    runStrategy: runStrategyOf(vm),
    observedGeneration: vm.metadata.generation,
    desiredGeneration: vm.metadata.generation,
    conditions: [readiness, ...copied].map(c =>
      stampCondition(vm.status?.conditions, c, now),
    ),
  };
}

async function stopInstance(
  ctx: SimulationContext,
  vm: KubeObject,
  vmi: KubeObject,
) {
  const { namespace, name, uid } = vm.metadata;
  if (
    ctx.clock.elapsed(`${uid}:stopping`, vmi.metadata.uid!) < ctx.timings.stopMs
  )
    return;
  await ctx.api.delete('vmi', namespace, name);
  await ctx.events.record(
    'vm',
    vm,
    'Stopped',
    'VirtualMachineInstance stopped',
  );
}

/**
 * virt-controller for VirtualMachines: creates the VMI when the run
 * strategy (or a Manual start request) wants one, stops it after the
 * stopping time when it does not, and reports printableStatus, ready and
 * conditions.
 */
export async function reconcileMachines(
  ctx: SimulationContext,
  state: ClusterState,
) {
  await forEachObject(ctx, 'VM', state.vms, async vm => {
    if (!vm.spec?.template || vm.metadata.deletionTimestamp) return;
    const { namespace, name } = vm.metadata;
    const found = findObject(state.vmis, namespace, name);
    const vmi = found && !isFinal(found) ? found : undefined;
    const wanted = wantsInstance(vm, vmi);
    if (wanted && !found) {
      await ctx.api.create('vmi', instanceFor(vm));
      await ctx.events.record(
        'vm',
        vm,
        'SuccessfulCreate',
        `Started the virtual machine by creating the new virtual machine instance ${name}`,
      );
    } else if (wanted && found && !vmi) {
      await ctx.api.delete('vmi', namespace, name);
    } else if (!wanted && found) {
      await stopInstance(ctx, vm, found);
    }

    const status: Record<string, unknown> = statusFor(vm, found, wanted);
    const requests = vm.status?.stateChangeRequests;
    if (requests?.length && wanted === !!vmi) status.stateChangeRequests = null;
    const changed = Object.entries(status).some(
      ([key, value]) => stableJson(value) !== stableJson(vm.status?.[key]),
    );
    if (changed) await ctx.api.patchStatus('vm', namespace, name, status);
  });
}
