import { CellText, ColumnConfig } from '@backstage/ui';
import type { VmMigration } from '@internal/plugin-harvester-common';
import { ListTable, withIds, TimeCell } from '@internal/portal-react';

type Row = VmMigration & { id: string };

const columns: ColumnConfig<Row>[] = [
  {
    id: 'name',
    label: 'Migration',
    isRowHeader: true,
    cell: m => <CellText title={m.name} />,
  },
  { id: 'phase', label: 'Phase', cell: m => <CellText title={m.phase} /> },
  {
    id: 'from',
    label: 'From',
    cell: m => <CellText title={m.sourceHost ?? '—'} />,
  },
  {
    id: 'to',
    label: 'To',
    cell: m => (
      <CellText
        title={m.targetHost ?? m.requestedTargetHost ?? '—'}
        description={
          m.requestedTargetHost && !m.targetHost ? 'requested' : undefined
        }
      />
    ),
  },
  { id: 'started', label: 'Started', cell: m => <TimeCell at={m.startedAt} /> },
  {
    id: 'completed',
    label: 'Completed',
    cell: m => <TimeCell at={m.completedAt} />,
  },
];

/** The VM's live migrations, newest first. */
export function MigrationsTab(props: { migrations: VmMigration[] }) {
  return (
    <ListTable
      columns={columns}
      rows={withIds(props.migrations, m => m.name)}
      empty="The VM was never migrated."
    />
  );
}
