import { Cell, Flex, Grid, Link, Row, Text } from '@backstage/ui';
import type { DataAssetSummary } from '@internal/plugin-data-catalog-common';
import { formatTime } from '@internal/portal-react';
import { formatBytes, formatCount } from '../shared/format';
import { QualityBar } from '../shared/QualityBar';
import { shortRef } from '../shared/refs';
import { TagChips } from '../shared/TagChips';
import { useCatalogLinks } from '../shared/useCatalogLinks';

const spanColumn = [{ id: 'detail' }];

function Fact(props: { label: string; value: string }) {
  return (
    <Text as="p" variant="body-small">
      <Text as="span" color="secondary">
        {props.label}:
      </Text>{' '}
      {props.value}
    </Text>
  );
}

/**
 * The expanded part of a table's row: one cell across all columns with
 * what a reader checks before opening the table.
 */
export function TableDetailRow(props: {
  id: string;
  table: DataAssetSummary;
  columnCount: number;
}) {
  const { table } = props;
  const links = useCatalogLinks();
  return (
    <Row id={props.id} columns={spanColumn}>
      {() => (
        <Cell colSpan={props.columnCount}>
          <section
            aria-label={`Details of ${table.name}`}
            style={{ padding: '8px 16px 16px 56px' }}
          >
            <Flex direction="column" gap="2">
              <Text as="p">{table.description ?? 'No description yet.'}</Text>
              <QualityBar score={table.qualityScore} width={160} />
              <TagChips tags={table.tags} />
              <Grid.Root columns={{ initial: '2', md: '4' }} gap="2">
                <Fact label="Owner" value={shortRef(table.owner)} />
                <Fact label="Domain" value={table.domain ?? '—'} />
                <Fact label="Columns" value={formatCount(table.columnCount)} />
                <Fact label="Rows" value={formatCount(table.rowEstimate)} />
                <Fact label="Size" value={formatBytes(table.sizeBytes)} />
                <Fact label="Queries" value={formatCount(table.queryCount)} />
                <Fact label="Updated" value={formatTime(table.lastUpdatedAt)} />
                <Fact label="Synced" value={formatTime(table.lastSyncedAt)} />
              </Grid.Root>
              <Link href={links.table(table.entityRef)}>
                Open {table.qualifiedName}
              </Link>
            </Flex>
          </section>
        </Cell>
      )}
    </Row>
  );
}
