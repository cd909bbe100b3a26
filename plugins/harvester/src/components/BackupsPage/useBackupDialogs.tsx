import { useApi } from '@backstage/frontend-plugin-api';
import { useDialog } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { DeleteDialog } from '../shared/DeleteDialog';
import { RestoreBackupDialog } from '../shared/RestoreBackupDialog';
import type { BackupRow } from './backupColumns';

/**
 * Restore and Delete of a table's backups: the handlers for the rows'
 * buttons and the dialogs they open (render `dialogs` beside the table).
 * `onChanged` reloads what changed.
 */
export function useBackupDialogs(onChanged: () => void) {
  const api = useApi(harvesterApiRef);
  const restore = useDialog<BackupRow>(onChanged);
  const remove = useDialog<BackupRow>(onChanged);
  const dialogs = (
    <>
      {restore.subject ? (
        <RestoreBackupDialog
          backup={restore.subject}
          onCancel={restore.close}
          onRestored={restore.finish}
        />
      ) : null}
      <DeleteDialog
        dialog={remove}
        label={b => `${b.type} ${b.name}`}
        consequence={b =>
          `The ${b.type} ${b.name} of ${b.sourceVm} is deleted; it can no longer be restored.`
        }
        onDelete={b => api.deleteBackup(b)}
      />
    </>
  );
  return { onRestore: restore.open, onDelete: remove.open, dialogs };
}
