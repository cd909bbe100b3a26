import { useApi } from '@backstage/frontend-plugin-api';
import { Cell, CellText, ColumnConfig, Flex, Table } from '@backstage/ui';
import type { BackupScheduleSummary } from '@internal/plugin-harvester-common';
import { plural, timeAgo, ToneChip } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { clusterColumn, createdColumn, nameColumn } from '../shared/columns';
import { ListToolbar } from '../shared/ListToolbar';
import { HarvesterLinks, useHarvesterLinks } from '../shared/useHarvesterLinks';
import { useListFilter } from '../shared/useListFilter';
import { ObjectRow, usePagedObjects } from '../shared/usePagedObjects';

type ScheduleRow = ObjectRow<BackupScheduleSummary>;

/**
 * Harvester suspends a schedule after `maxFailure` failed runs in a row;
 * a failing one is still running but its last backup did not succeed.
 */
function ScheduleState(props: { schedule: BackupScheduleSummary }) {
  const { suspended, failures, lastRun } = props.schedule;
  if (suspended) {
    return (
      <ToneChip
        tone={failures > 0 ? 'danger' : 'neutral'}
        label="Suspended"
        title={
          failures > 0 ? `after ${plural(failures, 'failure')}` : undefined
        }
      />
    );
  }
  if (lastRun?.error) {
    return <ToneChip tone="danger" label="Failing" title={lastRun.error} />;
  }
  return <ToneChip tone="success" label="Active" />;
}

function scheduleColumns(
  links: HarvesterLinks,
  showCluster: boolean,
): ColumnConfig<ScheduleRow>[] {
  return [
    nameColumn(),
    clusterColumn(showCluster),
    {
      id: 'sourceVm',
      label: 'Source VM',
      isSortable: true,
      cell: s => (
        <CellText
          title={s.sourceVm}
          href={links.vm({ ...s, name: s.sourceVm })}
        />
      ),
    },
    {
      id: 'type',
      label: 'Type',
      isSortable: true,
      cell: s => (
        <CellText title={s.type === 'backup' ? 'Backup' : 'Snapshot'} />
      ),
    },
    {
      id: 'cron',
      label: 'Schedule',
      isSortable: true,
      cell: s => <CellText title={s.cron} description={`keeps ${s.retain}`} />,
    },
    {
      id: 'state',
      label: 'State',
      cell: s => (
        <Cell>
          <ScheduleState schedule={s} />
        </Cell>
      ),
    },
    {
      id: 'lastRun',
      label: 'Last run',
      cell: s => (
        <CellText
          title={s.lastRun?.backup ?? 'never'}
          description={
            s.lastRun?.error ??
            (s.lastRun?.createdAt ? timeAgo(s.lastRun.createdAt) : undefined)
          }
        />
      ),
    },
    createdColumn(),
  ];
}

/** The recurring backups and snapshots (ScheduleVMBackup) of the picked cluster. */
export function SchedulesTable() {
  const api = useApi(harvesterApiRef);
  const links = useHarvesterLinks();
  const list = useListFilter();
  const schedules = usePagedObjects(
    query => api.listBackupSchedules(query),
    list.query,
  );
  return (
    <Flex direction="column" gap="4">
      <ListToolbar noun="schedules" list={list} />
      <Table
        {...schedules.tableProps}
        columnConfig={scheduleColumns(links, !list.cluster)}
        emptyState="No backup schedules match these filters."
      />
    </Flex>
  );
}
