import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Table } from '@backstage/ui';
import type { BackupType } from '@internal/plugin-harvester-common';
import { usePolling } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { ListToolbar } from '../shared/ListToolbar';
import { useHarvesterLinks } from '../shared/useHarvesterLinks';
import { useListFilter } from '../shared/useListFilter';
import { usePagedObjects } from '../shared/usePagedObjects';
import { backupColumns, isBackupInProgress } from './backupColumns';
import { useBackupDialogs } from './useBackupDialogs';

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
  usePolling((backups.rows ?? []).some(isBackupInProgress), backups.reload);
  const dialogs = useBackupDialogs(backups.reload);

  return (
    <Flex direction="column" gap="4">
      <ListToolbar noun={nouns[type]} list={list} />
      <Table
        {...backups.tableProps}
        columnConfig={backupColumns({
          links,
          showCluster: !list.cluster,
          ...dialogs,
        })}
        emptyState={`No ${nouns[type]} match these filters.`}
      />
      {dialogs.dialogs}
    </Flex>
  );
}
