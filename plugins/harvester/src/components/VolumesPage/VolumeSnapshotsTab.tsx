import { useApi } from '@backstage/frontend-plugin-api';
import { Cell, CellText, ColumnConfig, Flex, Table } from '@backstage/ui';
import type { VolumeSnapshotSummary } from '@internal/plugin-harvester-common';
import { ToneChip, usePolling } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { clusterColumn, createdColumn, nameColumn } from '../shared/columns';
import { formatBytes } from '../shared/format';
import { ListToolbar } from '../shared/ListToolbar';
import { useListFilter } from '../shared/useListFilter';
import { ObjectRow, usePagedObjects } from '../shared/usePagedObjects';

type SnapshotRow = ObjectRow<VolumeSnapshotSummary>;

const pending = (s: VolumeSnapshotSummary) => !s.readyToUse && !s.error;

function snapshotColumns(showCluster: boolean): ColumnConfig<SnapshotRow>[] {
  return [
    nameColumn(),
    clusterColumn(showCluster),
    {
      id: 'sourceVolume',
      label: 'Source volume',
      isSortable: true,
      cell: s => (
        <CellText
          title={s.sourceVolume ?? '—'}
          description={s.vmBackup ? `for ${s.vmBackup}` : undefined}
        />
      ),
    },
    {
      id: 'readyToUse',
      label: 'Ready',
      isSortable: true,
      cell: s => (
        <Cell>
          {s.readyToUse ? (
            <ToneChip tone="success" label="Ready" />
          ) : (
            <ToneChip
              tone={s.error ? 'danger' : 'info'}
              label={s.error ? 'Failed' : 'Pending'}
              title={s.error}
            />
          )}
        </Cell>
      ),
    },
    {
      id: 'sizeBytes',
      label: 'Size',
      isSortable: true,
      cell: s => <CellText title={formatBytes(s.sizeBytes)} />,
    },
    createdColumn(),
  ];
}

/**
 * The VolumeSnapshots of the picked cluster's volumes, server-paged:
 * Harvester takes one per disk for every VM snapshot and backup. While
 * one is being taken the list follows it.
 */
export function VolumeSnapshotsTab() {
  const api = useApi(harvesterApiRef);
  const list = useListFilter();
  const snapshots = usePagedObjects(
    query => api.listVolumeSnapshots(query),
    list.query,
  );
  usePolling((snapshots.rows ?? []).some(pending), snapshots.reload);
  return (
    <Flex direction="column" gap="4">
      <ListToolbar noun="volume snapshots" list={list} />
      <Table
        {...snapshots.tableProps}
        columnConfig={snapshotColumns(!list.cluster)}
        emptyState="No volume snapshots match these filters."
      />
    </Flex>
  );
}
