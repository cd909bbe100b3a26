import {
  ActionResult,
  stringifyHarvesterRef,
} from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditVmChange } from '../vms/auditVmChange';
import { PermittedObject } from '../volumes/loadPermittedObject';
import { BackupObject } from './backupSummary';

/** Deletes a backup or snapshot; Harvester removes its volume data with it. */
export async function deleteBackup(
  context: HarvesterContext,
  req: Request,
  target: PermittedObject<BackupObject>,
): Promise<ActionResult> {
  const { ref, handle, object } = target;
  const meta = {
    ...ref,
    type: object.spec?.type,
    sourceVm: object.spec?.source.name,
  };
  return auditVmChange(context, req, 'backup-delete', meta, async () => {
    await handle.clientFor(req).delete('backup', ref.namespace, ref.name);
    return {
      result: {
        ok: true,
        message: `${object.spec?.type === 'snapshot' ? 'Snapshot' : 'Backup'} ${
          ref.namespace
        }/${ref.name} deleted`,
        target: stringifyHarvesterRef(ref),
      },
    };
  });
}
