import {
  VmBackup,
  vmBackupCreateSchema,
} from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { z } from 'zod';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditChange } from '../service/auditChange';
import { LoadedVm } from '../vms/loadVm';
import { BackupObject, toVmBackup } from './backupSummary';
import { requireBackupTarget } from './backupTarget';

export type BackupCreateRequest = z.infer<typeof vmBackupCreateSchema>;

/**
 * Takes a VirtualMachineBackup of the VM: a snapshot stays in the cluster,
 * a backup goes to the backup target, which must be configured (409).
 */
export async function createBackup(
  context: HarvesterContext,
  req: Request,
  source: LoadedVm,
  request: BackupCreateRequest,
  backupTargetSetting: string,
): Promise<VmBackup> {
  const { ref, reader } = source;
  if (request.type === 'backup') {
    await requireBackupTarget(reader, ref.cluster, backupTargetSetting);
  }
  const backup: BackupObject = {
    metadata: { name: request.name, namespace: ref.namespace },
    spec: {
      type: request.type,
      source: {
        apiGroup: 'kubevirt.io',
        kind: 'VirtualMachine',
        name: ref.name,
      },
    },
  };
  const meta = { ...ref, backup: request.name };
  return auditChange(context, req, `vm-${request.type}`, meta, async () => {
    const created = (await source.client.create(
      'backup',
      backup,
    )) as BackupObject;
    return {
      result: toVmBackup(ref.cluster, created, {
        ...source.resource,
        name: request.name,
      }),
    };
  });
}
