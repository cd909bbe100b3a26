import { ConflictError } from '@backstage/errors';
import {
  ActionResult,
  harvesterVmBackupPermission,
  stringifyHarvesterRef,
  vmRestoreSchema,
} from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { z } from 'zod';
import { KubeObject, KubeObjectMeta } from '../kube/KubeObject';
import { VirtualMachine, VirtualMachineInstance } from '../kube/types/kubevirt';
import { LoadedObject } from '../resources/loadPermittedObject';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditChange } from '../service/auditChange';
import { deriveVmState } from '../vms/vmState';
import { BackupObject, sourceVmResource } from './backupSummary';

export type RestoreRequest = z.infer<typeof vmRestoreSchema>;

type RestoreTarget = { name: string; vm?: VirtualMachine };

/** The VM a restore writes: a new one, or the backup's source VM. */
async function restoreTarget(
  backup: LoadedObject<BackupObject>,
  request: RestoreRequest,
): Promise<RestoreTarget> {
  const { reader, ref, object } = backup;
  const name =
    request.mode === 'new' ? request.newVmName! : object.spec!.source.name;
  const vm = (await reader.get('vm', ref.namespace, name)) as
    | VirtualMachine
    | undefined;
  return { name, vm };
}

/**
 * Harvester's rules: a new VM must not exist yet; the VM to replace must
 * exist and be stopped; the backup must be ready.
 */
async function requireRestorable(
  backup: LoadedObject<BackupObject>,
  request: RestoreRequest,
  { name, vm }: RestoreTarget,
): Promise<void> {
  const { reader, ref, object } = backup;
  const vmRef = `${ref.namespace}/${name}`;
  if (request.mode === 'new' && vm) {
    throw new ConflictError(
      `VM ${vmRef} already exists: choose another name or replace it`,
    );
  }
  if (request.mode === 'replace') {
    if (!vm) {
      throw new ConflictError(
        `VM ${vmRef} of backup ${ref.name} no longer exists: restore into a new VM`,
      );
    }
    const vmi = (await reader.get('vmi', ref.namespace, name)) as
      | VirtualMachineInstance
      | undefined;
    const { state } = deriveVmState(vm, vmi, false);
    if (state !== 'Stopped') {
      throw new ConflictError(
        `VM ${vmRef} is ${state}: stop it before replacing it with backup ${ref.name}`,
      );
    }
  }
  if (!object.status?.readyToUse) {
    const progress = object.status?.progress;
    throw new ConflictError(
      `Backup ${stringifyHarvesterRef(ref)} is not ready to use yet${
        progress === undefined ? '' : ` (${progress}%)`
      }`,
    );
  }
}

/**
 * Restores a backup or snapshot with a VirtualMachineRestore, into a new VM
 * or over its source VM; the caller needs `harvester.vm.backup` on the VM
 * that is written (a new one is seen with the backed-up VM's owner).
 */
export async function restoreBackup(
  context: HarvesterContext,
  req: Request,
  backup: LoadedObject<BackupObject>,
  request: RestoreRequest,
): Promise<ActionResult> {
  const { handle, ownership, ref, object } = backup;
  const target = await restoreTarget(backup, request);
  const targetRef = { ...ref, name: target.name };
  await context.harvesterAuth.requireAllowed(
    req,
    harvesterVmBackupPermission,
    sourceVmResource(
      ownership,
      { metadata: targetRef },
      {
        name: target.name,
        // A new VM is seen as the backed-up VM, whose metadata it gets.
        vm: request.mode === 'replace' ? target.vm : undefined,
        recorded: object.status?.source?.metadata,
      },
    ),
  );
  await requireRestorable(backup, request, target);
  const metadata: KubeObjectMeta & { generateName: string } = {
    name: '',
    generateName: `restore-${ref.name}-`,
    namespace: ref.namespace,
  };
  const restore: KubeObject = {
    metadata,
    spec: {
      target: {
        apiGroup: 'kubevirt.io',
        kind: 'VirtualMachine',
        name: target.name,
      },
      virtualMachineBackupName: ref.name,
      virtualMachineBackupNamespace: ref.namespace,
      newVM: request.mode === 'new',
      deletionPolicy: request.deletePreviousVolumes ? 'delete' : 'retain',
    },
  };
  const meta = { ...ref, mode: request.mode, targetVm: target.name };
  return auditChange(context, req, 'vm-restore', meta, async () => {
    const created = await handle.clientFor(req).create('restore', restore);
    return {
      result: {
        ok: true,
        message: `Restoring ${object.spec?.type ?? 'backup'} ${ref.name} into ${
          request.mode === 'new' ? 'new' : 'existing'
        } VM ${ref.namespace}/${target.name}`,
        target: stringifyHarvesterRef(targetRef),
      },
      meta: { restore: created.metadata.name },
    };
  });
}
