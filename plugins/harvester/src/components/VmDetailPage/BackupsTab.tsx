import { VmDetail } from '@internal/plugin-harvester-common';
import { ListTable, usePolling } from '@internal/portal-react';
import {
  backupColumns,
  isBackupInProgress,
} from '../BackupsPage/backupColumns';
import { useBackupDialogs } from '../BackupsPage/useBackupDialogs';
import { useHarvesterLinks } from '../shared/useHarvesterLinks';
import { toObjectRows } from '../shared/usePagedObjects';

/**
 * The VM's snapshots and backups, as the Backup & Snapshot section lists
 * them: a ready one restores into a new VM or over this one. While one is
 * being taken the VM is reloaded until it is ready.
 */
export function BackupsTab(props: { vm: VmDetail; onChanged(): void }) {
  const links = useHarvesterLinks();
  const backups = useBackupDialogs(props.onChanged);
  usePolling(props.vm.backups.some(isBackupInProgress), props.onChanged);
  return (
    <>
      <ListTable
        columns={backupColumns({ links, showCluster: false, ...backups })}
        rows={toObjectRows(props.vm.backups)}
        empty="No snapshots or backups of this VM."
      />
      {backups.dialogs}
    </>
  );
}
