import { RunStrategy, VmState } from '@internal/plugin-harvester-common';
import {
  KubeCondition,
  VirtualMachine,
  VirtualMachineInstance,
  VirtualMachineInstanceMigration,
} from '../kube/types/kubevirt';

/** KubeVirt's `status.printableStatus` values that map one to one. */
const printableStates: Record<string, VmState> = {
  Stopped: 'Stopped',
  Provisioning: 'Provisioning',
  WaitingForVolumeBinding: 'Provisioning',
  Starting: 'Starting',
  Running: 'Running',
  Paused: 'Paused',
  Stopping: 'Stopping',
  Terminating: 'Stopping',
  Migrating: 'Migrating',
  Unknown: 'Unknown',
};

/** Printable statuses that mean the VM cannot run until someone acts. */
const errorStatuses = new Set([
  'CrashLoopBackOff',
  'DataVolumeError',
  'ErrImagePull',
  'ImagePullBackOff',
  'ErrorUnschedulable',
  'ErrorPvcNotFound',
  'ErrorDataVolumeNotFound',
]);

const finishedMigrationPhases = new Set(['Succeeded', 'Failed']);

export function isMigrationActive(
  migration: VirtualMachineInstanceMigration,
): boolean {
  return (
    !migration.metadata.deletionTimestamp &&
    !finishedMigrationPhases.has(migration.status?.phase ?? '')
  );
}

/** `spec.runStrategy`, or the deprecated `spec.running` mapped onto it. */
export function runStrategyOf(vm: VirtualMachine): RunStrategy {
  if (vm.spec?.runStrategy) {
    return vm.spec.runStrategy;
  }
  return vm.spec?.running ? 'Always' : 'Halted';
}

const isTrue = (conditions: KubeCondition[] | undefined, type: string) =>
  conditions?.some(c => c.type === type && c.status === 'True') ?? false;

/** The first message a VM or its VMI reports about a failure. */
function problemMessage(
  vm: VirtualMachine,
  vmi: VirtualMachineInstance | undefined,
): string | undefined {
  const conditions = [
    ...(vm.status?.conditions ?? []),
    ...(vmi?.status?.conditions ?? []),
  ];
  const failure =
    conditions.find(c => c.type === 'Failure' && c.status === 'True') ??
    conditions.find(
      c => c.status === 'False' && c.message && c.type !== 'Paused',
    );
  return (
    vm.status?.startFailure?.message ??
    failure?.message ??
    failure?.reason ??
    vmi?.status?.reason
  );
}

/** The state from the VMI alone, for VMs no controller reported on yet. */
function stateFromInstance(
  runStrategy: RunStrategy,
  vmi: VirtualMachineInstance | undefined,
): VmState {
  switch (vmi?.status?.phase) {
    case 'Running':
      return 'Running';
    case 'Pending':
    case 'Scheduling':
    case 'Scheduled':
      return 'Starting';
    case 'Failed':
      return 'Error';
    case 'Succeeded':
      return 'Stopped';
    case undefined:
      // Both strategies start a new VM; only a later guest shutdown stops
      // one with RerunOnFailure, and that is reported as printableStatus.
      return runStrategy === 'Always' || runStrategy === 'RerunOnFailure'
        ? 'Starting'
        : 'Stopped';
    default:
      return 'Unknown';
  }
}

/**
 * The state the UI shows. KubeVirt's printable status decides, corrected by
 * what is more recent than its last reconcile: a requested stop or start
 * (runStrategy), a pause condition, an active migration, a restore.
 */
export function deriveVmState(
  vm: VirtualMachine,
  vmi: VirtualMachineInstance | undefined,
  migrating: boolean,
): { state: VmState; message?: string } {
  const printable = vm.status?.printableStatus;
  const runStrategy = runStrategyOf(vm);
  if (
    printable &&
    (errorStatuses.has(printable) || printable.startsWith('Err'))
  ) {
    return {
      state: 'Error',
      message: `${printable}: ${
        problemMessage(vm, vmi) ?? 'no details reported'
      }`,
    };
  }
  let state: VmState = printable
    ? printableStates[printable] ?? 'Unknown'
    : stateFromInstance(runStrategy, vmi);
  if (vm.metadata.deletionTimestamp) {
    state = 'Stopping';
  } else if (vm.status?.restoreInProgress) {
    state = 'Restoring';
  } else if (migrating && vmi) {
    state = 'Migrating';
  } else if (isTrue(vmi?.status?.conditions, 'Paused')) {
    state = 'Paused';
  } else if (state === 'Running' && runStrategy === 'Halted') {
    state = 'Stopping';
  } else if (state === 'Stopped' && runStrategy === 'Always') {
    state = 'Starting';
  }
  const message =
    state === 'Error' || state === 'Unknown'
      ? problemMessage(vm, vmi)
      : undefined;
  return message ? { state, message } : { state };
}
