import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import type { SyncRun } from '@internal/plugin-data-catalog-common';
import { TimeCell, ListTable } from '@internal/portal-react';
import { formatDuration } from '../shared/format';
import { shortRef } from '../shared/refs';
import { SyncStatusChip } from '../shared/statusChips';

const columns: ColumnConfig<SyncRun>[] = [
  {
    id: 'status',
    label: 'Status',
    cell: run => (
      <Cell>
        <SyncStatusChip status={run.status} />
      </Cell>
    ),
  },
  {
    id: 'startedAt',
    label: 'Started',
    isRowHeader: true,
    cell: run => <TimeCell at={run.startedAt} />,
  },
  {
    id: 'trigger',
    label: 'Trigger',
    cell: run => (
      <CellText
        title={run.trigger}
        description={run.initiator ? shortRef(run.initiator) : undefined}
      />
    ),
  },
  {
    id: 'duration',
    label: 'Duration',
    cell: run => <CellText title={formatDuration(run.durationMs)} />,
  },
  {
    id: 'added',
    label: 'Added',
    cell: run => <CellText title={String(run.stats?.added ?? '—')} />,
  },
  {
    id: 'changed',
    label: 'Changed',
    cell: run => <CellText title={String(run.stats?.changed ?? '—')} />,
  },
  {
    id: 'removed',
    label: 'Removed',
    cell: run => <CellText title={String(run.stats?.removed ?? '—')} />,
  },
  {
    id: 'error',
    label: 'Error',
    cell: run => <CellText title={run.error ?? ''} color="secondary" />,
  },
];

/** A source's syncs, newest first. */
export function SyncHistoryTable(props: { runs: SyncRun[] }) {
  return (
    <ListTable columns={columns} rows={props.runs} empty="Never synced." />
  );
}
