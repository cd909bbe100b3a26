import { CellText, ColumnConfig } from '@backstage/ui';
import type { StateChange } from '@internal/plugin-ai-ops-common';
import { ListTable, TimeCell, withIds } from '@internal/portal-react';
import { RunStateChip } from '../shared/RunStateChip';
import { Cell } from '@backstage/ui';

type Row = StateChange & { id: string };

const columns: ColumnConfig<Row>[] = [
  {
    id: 'at',
    label: 'When',
    isRowHeader: true,
    cell: c => <TimeCell at={c.at} />,
  },
  {
    id: 'state',
    label: 'State',
    cell: c => (
      <Cell>
        <RunStateChip state={c.state} />
      </Cell>
    ),
  },
  { id: 'by', label: 'By', cell: c => <CellText title={c.by ?? ''} /> },
  {
    id: 'reason',
    label: 'Reason',
    cell: c => <CellText title={c.reason ?? ''} />,
  },
];

/** Every state the run was in, oldest first. */
export function StateHistory(props: { history: StateChange[] }) {
  return (
    <ListTable
      columns={columns}
      rows={withIds(props.history, (c, i) => `${i}-${c.state}`)}
    />
  );
}
