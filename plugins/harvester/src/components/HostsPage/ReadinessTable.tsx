import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import type { ReadinessCheck } from '@internal/plugin-harvester-common';
import { ListTable, withIds, ToneChip } from '@internal/portal-react';
import { readinessTones } from '../shared/StateBadge';

type Row = ReadinessCheck & { id: string };

const columns: ColumnConfig<Row>[] = [
  {
    id: 'label',
    label: 'Requirement',
    isRowHeader: true,
    cell: check => <CellText title={check.label} />,
  },
  {
    id: 'actual',
    label: 'This host',
    cell: check => <CellText title={check.actual} />,
  },
  {
    id: 'test',
    label: 'Test',
    cell: check => <CellText title={check.testRequirement} />,
  },
  {
    id: 'production',
    label: 'Production',
    cell: check => <CellText title={check.productionRequirement} />,
  },
  {
    id: 'level',
    label: 'Meets',
    cell: check => (
      <Cell>
        <ToneChip tone={readinessTones[check.level]} label={check.level} />
      </Cell>
    ),
  },
];

/** Each hardware requirement: what the host has against test and production. */
export function ReadinessTable(props: { checks: ReadinessCheck[] }) {
  return (
    <ListTable
      columns={columns}
      rows={withIds(props.checks, check => check.id)}
      empty="The host reports nothing to check."
    />
  );
}
