import { ConflictError } from '@backstage/errors';
import {
  ActionResult,
  stringifyHarvesterRef,
  VmAction,
  VmState,
} from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { VirtualMachineInstance } from '../kube/types/kubevirt';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditChange } from '../service/auditChange';
import { LoadedVm } from './loadVm';
import { abortMigration, migrationsOfVm, startMigration } from './migrations';
import { deriveVmState, isMigrationActive, runStrategyOf } from './vmState';

/** The states each action makes sense in (409 otherwise). */
const allowedStates: Record<VmAction, VmState[]> = {
  start: ['Stopped', 'Error', 'Unknown'],
  stop: [
    'Running',
    'Starting',
    'Provisioning',
    'Paused',
    'Migrating',
    'Error',
    'Unknown',
  ],
  restart: ['Running', 'Paused', 'Error', 'Unknown'],
  pause: ['Running'],
  unpause: ['Paused'],
  migrate: ['Running', 'Migrating'],
  'abort-migration': ['Migrating', 'Running'],
};

/** Actions that act on the running instance and so need one. */
const needsInstance = new Set<VmAction>([
  'restart',
  'pause',
  'unpause',
  'migrate',
]);

async function perform(
  target: LoadedVm,
  action: VmAction,
  vmi: VirtualMachineInstance | undefined,
  targetHost: string | undefined,
): Promise<string> {
  const { client, reader, object: vm, ref } = target;
  const { namespace, name } = ref;
  const manual = runStrategyOf(vm) === 'Manual';
  // `running` and `runStrategy` are exclusive: setting one clears the other.
  const runStrategy = (value: string) =>
    client.patch('vm', namespace, name, {
      spec: { runStrategy: value, running: null },
    });
  switch (action) {
    case 'start':
      // With Manual, KubeVirt leaves starting and stopping to its subresources.
      await (manual
        ? client.kubevirtSubresource(
            'virtualmachines',
            namespace,
            name,
            'start',
          )
        : runStrategy('Always'));
      return stringifyHarvesterRef(ref);
    case 'stop':
      await (manual
        ? client.kubevirtSubresource('virtualmachines', namespace, name, 'stop')
        : runStrategy('Halted'));
      return stringifyHarvesterRef(ref);
    case 'restart':
      await client.kubevirtSubresource(
        'virtualmachines',
        namespace,
        name,
        'restart',
      );
      return stringifyHarvesterRef(ref);
    case 'pause':
    case 'unpause':
      await client.kubevirtSubresource(
        'virtualmachineinstances',
        namespace,
        name,
        action,
      );
      return stringifyHarvesterRef(ref);
    case 'migrate': {
      const migration = await startMigration(
        client,
        reader,
        vm,
        vmi!,
        targetHost,
      );
      return stringifyHarvesterRef({ ...ref, name: migration.metadata.name });
    }
    case 'abort-migration': {
      const migration = await abortMigration(client, vm);
      return stringifyHarvesterRef({ ...ref, name: migration.metadata.name });
    }
    default:
      throw new Error(`Unknown VM action ${action}`);
  }
}

/**
 * Runs one action on a VM the caller may act on, refusing with 409 what
 * its state does not allow, and audits it as `vm-<action>`.
 */
export async function runVmAction(
  context: Pick<HarvesterContext, 'auditor'>,
  req: Request,
  target: LoadedVm,
  action: VmAction,
  targetHost?: string,
): Promise<ActionResult> {
  const { reader, object: vm, ref } = target;
  const [vmi, migrations] = await Promise.all([
    reader.get('vmi', ref.namespace, ref.name) as Promise<
      VirtualMachineInstance | undefined
    >,
    migrationsOfVm(reader, vm),
  ]);
  const { state } = deriveVmState(vm, vmi, migrations.some(isMigrationActive));
  const before = {
    state,
    runStrategy: runStrategyOf(vm),
    host: vmi?.status?.nodeName,
  };
  return auditChange(
    context,
    req,
    `vm-${action}`,
    { ...ref, action, before, ...(targetHost ? { targetHost } : {}) },
    async () => {
      if (
        !allowedStates[action].includes(state) ||
        (needsInstance.has(action) && !vmi)
      ) {
        throw new ConflictError(
          `Cannot ${action} VM ${ref.namespace}/${
            ref.name
          } while it is ${state}; ${action} needs a VM that is ${allowedStates[
            action
          ].join(' or ')}`,
        );
      }
      const changed = await perform(target, action, vmi, targetHost);
      const message = `${action} requested for VM ${ref.namespace}/${ref.name}`;
      return {
        result: { ok: true, message, target: changed },
        meta: { target: changed },
      };
    },
  );
}
