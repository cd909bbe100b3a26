import { Cell, CellText, ColumnConfig, Flex, Table, Text } from '@backstage/ui';
import type { UserImportReport, UserImportRow } from '../../api/types';
import { StatusChip, StatusTone } from '../shared/StatusChip';

const tones: Record<UserImportRow['status'], StatusTone> = {
  created: 'ok',
  updated: 'ok',
  skipped: 'off',
  invalid: 'error',
};

type ReportRow = UserImportRow & { id: number };
const reportColumns: ColumnConfig<ReportRow>[] = [
  { id: 'row', label: 'Row', cell: r => <CellText title={String(r.row)} /> },
  {
    id: 'name',
    label: 'Name',
    isRowHeader: true,
    cell: r => <CellText title={r.name} />,
  },
  {
    id: 'status',
    label: 'Result',
    cell: r => (
      <Cell>
        <StatusChip tone={tones[r.status]} label={r.status} />
      </Cell>
    ),
  },
  {
    id: 'message',
    label: 'Message',
    cell: r => <CellText title={r.message} />,
  },
];

/** What a CSV import did: the counts by outcome, then row by row. */
export function ImportReportSection(props: { report: UserImportReport }) {
  const { report } = props;
  const count = (status: UserImportRow['status']) =>
    report.rows.filter(row => row.status === status).length;
  return (
    <section aria-label="Import report">
      <Flex direction="column" gap="2">
        <Text variant="body-small" weight="bold">
          {count('created')} created · {count('updated')} updated ·{' '}
          {count('skipped')} skipped · {count('invalid')} invalid
        </Text>
        <Table
          columnConfig={reportColumns}
          data={report.rows.map(row => ({ ...row, id: row.row }))}
          pagination={{ type: 'none' }}
        />
      </Flex>
    </section>
  );
}
