import { useApi } from '@backstage/frontend-plugin-api';
import {
  stringifyHarvesterRef,
  VmDetail,
} from '@internal/plugin-harvester-common';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { backupColumns, BackupRow } from '../BackupsPage/backupColumns';
import { DeleteDialog } from '../shared/DeleteDialog';
import { ListTable } from '../shared/ListTable';
import { RestoreBackupDialog } from '../shared/RestoreBackupDialog';
import { useDialog } from '../shared/useDialog';
import { useHarvesterLinks } from '../shared/useHarvesterLinks';

/**
 * The VM's snapshots and backups, as the Backup & Snapshot section lists
 * them: a ready one restores into a new VM or over this one.
 */
export function BackupsTab(props: { vm: VmDetail; onChanged(): void }) {
  const api = useApi(harvesterApiRef);
  const links = useHarvesterLinks();
  const restore = useDialog<BackupRow>(props.onChanged);
  const remove = useDialog<BackupRow>(props.onChanged);
  const rows = props.vm.backups.map(backup => ({
    ...backup,
    id: stringifyHarvesterRef(backup),
  }));
  return (
    <>
      <ListTable
        columns={backupColumns({
          links,
          showCluster: false,
          onRestore: restore.open,
          onDelete: remove.open,
        })}
        rows={rows}
        empty="No snapshots or backups of this VM."
      />
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
        consequence={b => `${b.name} is deleted; it can no longer be restored.`}
        onDelete={b => api.deleteBackup(b)}
      />
    </>
  );
}
