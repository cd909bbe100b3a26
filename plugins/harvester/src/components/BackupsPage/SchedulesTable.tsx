import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Cell, CellText, ColumnConfig, Flex } from '@backstage/ui';
import { stringifyHarvesterRef } from '@internal/plugin-harvester-common';
import { harvesterApiRef } from '../../api/HarvesterApi';
import type { BackupSchedule } from '../../api/types';
import { AsyncView } from '../shared/AsyncView';
import { ListTable, withIds } from '../shared/ListTable';
import { ListToolbar } from '../shared/ListToolbar';
import { TimeCell } from '../shared/TimeCell';
import { ToneChip } from '../shared/ToneChip';
import { HarvesterLinks, useHarvesterLinks } from '../shared/useHarvesterLinks';
import { useListFilter } from '../shared/useListFilter';

type ScheduleRow = BackupSchedule & { id: string };

function scheduleColumns(
  links: HarvesterLinks,
  showCluster: boolean,
): ColumnConfig<ScheduleRow>[] {
  return [
    {
      id: 'name',
      label: 'Name',
      isRowHeader: true,
      cell: s => <CellText title={s.name} description={s.namespace} />,
    },
    {
      id: 'cluster',
      label: 'Cluster',
      isHidden: !showCluster,
      cell: s => <CellText title={s.cluster} />,
    },
    {
      id: 'sourceVm',
      label: 'Source VM',
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
      cell: s => (
        <CellText title={s.type === 'backup' ? 'Backup' : 'Snapshot'} />
      ),
    },
    {
      id: 'cron',
      label: 'Schedule',
      cell: s => <CellText title={s.cron} description={`keeps ${s.retain}`} />,
    },
    {
      id: 'state',
      label: 'State',
      cell: s => (
        <Cell>
          {s.error ? (
            <ToneChip tone="danger" label="Failing" title={s.error} />
          ) : (
            <ToneChip
              tone={s.suspended ? 'neutral' : 'success'}
              label={s.suspended ? 'Suspended' : 'Active'}
            />
          )}
        </Cell>
      ),
    },
    {
      id: 'lastRunAt',
      label: 'Last run',
      cell: s => <TimeCell at={s.lastRunAt} />,
    },
  ];
}

/** The recurring backups and snapshots (ScheduleVMBackup) of the picked cluster. */
export function SchedulesTable() {
  const api = useApi(harvesterApiRef);
  const links = useHarvesterLinks();
  const list = useListFilter();
  const schedules = useAsync(
    () => api.listBackupSchedules({ ...list.query, limit: 500 }),
    [api, JSON.stringify(list.query)],
  );
  return (
    <Flex direction="column" gap="4">
      <ListToolbar noun="schedules" list={list} />
      <AsyncView result={schedules}>
        {value => (
          <ListTable
            columns={scheduleColumns(links, !list.cluster)}
            rows={withIds(value, stringifyHarvesterRef)}
            empty="No backup schedules match these filters."
          />
        )}
      </AsyncView>
    </Flex>
  );
}
