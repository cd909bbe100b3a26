import {
  ActionResult,
  stringifyHarvesterRef,
} from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { LoadedObject } from '../resources/loadPermittedObject';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditChange } from '../service/auditChange';
import { BackupObject } from './backupSummary';

/** Deletes a backup or snapshot; Harvester removes its volume data with it. */
export async function deleteBackup(
  context: HarvesterContext,
  req: Request,
  target: LoadedObject<BackupObject>,
): Promise<ActionResult> {
  const { ref, handle, object } = target;
  const meta = {
    ...ref,
    type: object.spec?.type,
    sourceVm: object.spec?.source.name,
  };
  return auditChange(context, req, 'backup-delete', meta, async () => {
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
