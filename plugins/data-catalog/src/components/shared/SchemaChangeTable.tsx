import { Cell, CellText, ColumnConfig, Text } from '@backstage/ui';
import type { SchemaChangeEvent } from '@internal/plugin-data-catalog-common';
import { TimeCell, ListTable } from '@internal/portal-react';
import { shortRef } from './refs';
import { SeverityChip } from './statusChips';
import { useCatalogLinks } from './useCatalogLinks';

function describeChange(event: SchemaChangeEvent): string {
  const what = event.change.replace(/-/g, ' ');
  if (event.before !== undefined && event.after !== undefined) {
    return `${what}: ${event.before} → ${event.after}`;
  }
  return what;
}

/**
 * Schema changes found by syncs, newest first, each with its severity.
 * `showAsset` adds the table column (a source's changes span tables).
 */
export function SchemaChangeTable(props: {
  changes: SchemaChangeEvent[];
  totalCount: number;
  showAsset?: boolean;
}) {
  const links = useCatalogLinks();
  const columns: ColumnConfig<SchemaChangeEvent>[] = [
    {
      id: 'severity',
      label: 'Severity',
      cell: event => (
        <Cell>
          <SeverityChip severity={event.severity} />
        </Cell>
      ),
    },
    {
      id: 'asset',
      label: 'Table',
      isHidden: !props.showAsset,
      cell: event => (
        <CellText
          title={shortRef(event.entityRef)}
          href={
            event.change === 'table-removed'
              ? undefined
              : links.table(event.entityRef, 'history')
          }
        />
      ),
    },
    {
      id: 'column',
      label: 'Column',
      cell: event => <CellText title={event.column ?? '—'} />,
    },
    {
      id: 'change',
      label: 'Change',
      isRowHeader: true,
      cell: event => <CellText title={describeChange(event)} />,
    },
    {
      id: 'detectedAt',
      label: 'Detected',
      cell: event => <TimeCell at={event.detectedAt} />,
    },
  ];
  return (
    <>
      <ListTable
        columns={columns}
        rows={props.changes}
        empty="No schema changes recorded."
      />
      {props.totalCount > props.changes.length ? (
        <Text as="p" variant="body-x-small" color="secondary">
          The latest {props.changes.length} of {props.totalCount} changes.
        </Text>
      ) : null}
    </>
  );
}
