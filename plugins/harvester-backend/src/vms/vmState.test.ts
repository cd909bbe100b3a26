import { VirtualMachine, VirtualMachineInstance } from '../kube/types/kubevirt';
import { deriveVmState, runStrategyOf } from './vmState';

const vm = (
  status: VirtualMachine['status'],
  spec: Partial<NonNullable<VirtualMachine['spec']>> = {
    runStrategy: 'Always',
  },
  metadata: Partial<VirtualMachine['metadata']> = {},
): VirtualMachine => ({
  metadata: { name: 'web', namespace: 'default', ...metadata },
  spec: { template: { spec: { domain: { devices: {} } } }, ...spec },
  status,
});

const vmi = (
  status: VirtualMachineInstance['status'],
): VirtualMachineInstance => ({
  metadata: { name: 'web', namespace: 'default' },
  status,
});

describe('deriveVmState', () => {
  it.each([
    ['Running', 'Running'],
    ['Stopped', 'Starting'], // runStrategy Always asks for it to run
    ['Provisioning', 'Provisioning'],
    ['WaitingForVolumeBinding', 'Provisioning'],
    ['Starting', 'Starting'],
    ['Paused', 'Paused'],
    ['Stopping', 'Stopping'],
    ['Terminating', 'Stopping'],
    ['Migrating', 'Migrating'],
    ['Unknown', 'Unknown'],
    ['SomethingNew', 'Unknown'],
  ])('maps printableStatus %p to %p', (printableStatus, expected) => {
    expect(deriveVmState(vm({ printableStatus }), undefined, false).state).toBe(
      expected,
    );
  });

  it('reports error statuses with the failure message', () => {
    const failing = vm({
      printableStatus: 'ErrorUnschedulable',
      conditions: [
        {
          type: 'Ready',
          status: 'False',
          message: '0/3 nodes are available: Insufficient memory',
        },
      ],
    });
    expect(deriveVmState(failing, undefined, false)).toEqual({
      state: 'Error',
      message:
        'ErrorUnschedulable: 0/3 nodes are available: Insufficient memory',
    });
    for (const printableStatus of [
      'CrashLoopBackOff',
      'DataVolumeError',
      'ErrImagePull',
      'ErrorPvcNotFound',
    ]) {
      expect(deriveVmState(vm({ printableStatus }), undefined, false)).toEqual({
        state: 'Error',
        message: `${printableStatus}: no details reported`,
      });
    }
  });

  it('prefers what is more recent than the last reconcile', () => {
    const running = { printableStatus: 'Running' };
    expect(
      deriveVmState(vm(running, { runStrategy: 'Halted' }), undefined, false)
        .state,
    ).toBe('Stopping');
    expect(
      deriveVmState(vm(running), vmi({ phase: 'Running' }), true).state,
    ).toBe('Migrating');
    expect(
      deriveVmState(
        vm(running),
        vmi({
          phase: 'Running',
          conditions: [{ type: 'Paused', status: 'True' }],
        }),
        false,
      ).state,
    ).toBe('Paused');
    expect(
      deriveVmState(
        vm({ ...running, restoreInProgress: 'r1' }),
        undefined,
        false,
      ).state,
    ).toBe('Restoring');
    expect(
      deriveVmState(
        vm(running, undefined, { deletionTimestamp: '2025-01-01T00:00:00Z' }),
        undefined,
        false,
      ).state,
    ).toBe('Stopping');
  });

  it('falls back to the VMI phase and runStrategy before any controller reported', () => {
    expect(
      deriveVmState(vm(undefined), vmi({ phase: 'Running' }), false).state,
    ).toBe('Running');
    expect(
      deriveVmState(vm(undefined), vmi({ phase: 'Scheduling' }), false).state,
    ).toBe('Starting');
    expect(
      deriveVmState(vm(undefined, { runStrategy: 'Halted' }), undefined, false)
        .state,
    ).toBe('Stopped');
    expect(deriveVmState(vm(undefined), undefined, false).state).toBe(
      'Starting',
    );
    // A new VM the create dialog asks to start, before any controller acted.
    expect(
      deriveVmState(
        vm(undefined, { runStrategy: 'RerunOnFailure' }),
        undefined,
        false,
      ).state,
    ).toBe('Starting');
    expect(
      deriveVmState(
        vm(undefined),
        vmi({ phase: 'Failed', reason: 'OOMKilled' }),
        false,
      ),
    ).toEqual({ state: 'Error', message: 'OOMKilled' });
  });
});

describe('runStrategyOf', () => {
  it('reads the deprecated running field', () => {
    expect(runStrategyOf(vm(undefined, { running: true }))).toBe('Always');
    expect(runStrategyOf(vm(undefined, { running: false }))).toBe('Halted');
    expect(runStrategyOf(vm(undefined, { runStrategy: 'Manual' }))).toBe(
      'Manual',
    );
  });
});
