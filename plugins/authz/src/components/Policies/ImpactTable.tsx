import { CellText, Cell, Flex, Table, Text } from '@backstage/ui';
import type { ImpactResponse } from '@internal/plugin-authz-common';
import { ResultBadge } from '../shared/ResultBadge';

type ChangeRow = ImpactResponse['changes'][number] & { id: string };

const columns = [
  {
    id: 'user',
    label: 'User',
    isRowHeader: true,
    cell: (c: ChangeRow) => <CellText title={c.userRef} />,
  },
  {
    id: 'permission',
    label: 'Permission',
    cell: (c: ChangeRow) => <CellText title={c.permission} />,
  },
  {
    id: 'before',
    label: 'Now',
    cell: (c: ChangeRow) => (
      <Cell>
        <ResultBadge result={c.before} />
      </Cell>
    ),
  },
  {
    id: 'after',
    label: 'With the draft',
    cell: (c: ChangeRow) => (
      <Cell>
        <ResultBadge result={c.after} />
      </Cell>
    ),
  },
];

/** "What would change": every outcome the draft flips. */
export function ImpactTable(props: { impact: ImpactResponse }) {
  const { impact } = props;
  return (
    <section aria-label="What would change">
      <Flex direction="column" gap="2">
        <Text variant="body-small">
          {impact.changes.length} of {impact.evaluated} evaluated outcomes would
          change.
        </Text>
        {impact.changes.length > 0 && (
          <Table
            columnConfig={columns}
            data={impact.changes.map(change => ({
              ...change,
              id: `${change.userRef} ${change.permission}`,
            }))}
            pagination={{ type: 'none' }}
          />
        )}
      </Flex>
    </section>
  );
}
