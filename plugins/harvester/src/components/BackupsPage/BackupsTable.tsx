import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Table } from '@backstage/ui';
import type { BackupType } from '@internal/plugin-harvester-common';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { DeleteDialog } from '../shared/DeleteDialog';
import { ListToolbar } from '../shared/ListToolbar';
import { RestoreBackupDialog } from '../shared/RestoreBackupDialog';
import { useDialog } from '../shared/useDialog';
import { useHarvesterLinks } from '../shared/useHarvesterLinks';
import { useListFilter } from '../shared/useListFilter';
import { usePagedObjects } from '../shared/usePagedObjects';
import { usePolling } from '../shared/usePolling';
import { backupColumns, BackupRow } from './backupColumns';

const nouns: Record<BackupType, string> = {
  backup: 'backups',
  snapshot: 'snapshots',
};

/**
 * The VM backups or snapshots of the picked cluster, server-paged, with
 * restore and delete. While one is in progress the list follows it.
 */
export function BackupsTable(props: { type: BackupType }) {
  const { type } = props;
  const api = useApi(harvesterApiRef);
  const links = useHarvesterLinks();
  const list = useListFilter();
  const backups = usePagedObjects(query => api.listBackups(query), {
    ...list.query,
    type,
  });
  const inProgress = (backups.rows ?? []).some(b => !b.readyToUse && !b.error);
  usePolling(inProgress, backups.reload);
  const restore = useDialog<BackupRow>(backups.reload);
  const remove = useDialog<BackupRow>(backups.reload);

  return (
    <Flex direction="column" gap="4">
      <ListToolbar noun={nouns[type]} list={list} />
      <Table
        {...backups.tableProps}
        columnConfig={backupColumns({
          links,
          showCluster: !list.cluster,
          onRestore: restore.open,
          onDelete: remove.open,
        })}
        emptyState={`No ${nouns[type]} match these filters.`}
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
        label={b => `${type} ${b.name}`}
        consequence={b =>
          `The ${type} ${b.name} of ${b.sourceVm} is deleted; it can no longer be restored.`
        }
        onDelete={b => api.deleteBackup(b)}
      />
    </Flex>
  );
}
