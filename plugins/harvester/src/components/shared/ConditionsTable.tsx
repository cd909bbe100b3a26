import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import { ListTable, withIds, ToneChip } from '@internal/portal-react';

type Condition = {
  type: string;
  status: string;
  reason?: string;
  message?: string;
};

const columns: ColumnConfig<Condition & { id: string }>[] = [
  {
    id: 'type',
    label: 'Condition',
    isRowHeader: true,
    cell: c => <CellText title={c.type} />,
  },
  {
    id: 'status',
    label: 'Status',
    cell: c => (
      <Cell>
        <ToneChip
          tone={c.status === 'True' ? 'success' : 'neutral'}
          label={c.status}
        />
      </Cell>
    ),
  },
  {
    id: 'message',
    label: 'Message',
    cell: c => (
      <CellText
        title={c.message ?? c.reason ?? '—'}
        description={c.message ? c.reason : undefined}
      />
    ),
  },
];

/** Kubernetes status conditions of a host or VM. */
export function ConditionsTable(props: { conditions: Condition[] }) {
  return (
    <ListTable
      columns={columns}
      rows={withIds(props.conditions, c => c.type)}
      empty="No conditions reported."
    />
  );
}
