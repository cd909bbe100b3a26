import { ButtonIcon, Cell, CellText, ColumnConfig } from '@backstage/ui';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import ChevronRightIcon from '@material-ui/icons/ChevronRight';
import type { DataAssetSummary } from '@internal/plugin-data-catalog-common';
import { TimeCell } from '@internal/portal-react';
import { formatBytes, formatCount } from '../shared/format';
import { QualityBar } from '../shared/QualityBar';
import { shortRef } from '../shared/refs';
import type { CatalogLinks } from '../shared/useCatalogLinks';

/**
 * A row of the list. An expanded table gets a second row right after it,
 * `isDetail`, that spans the whole width (see TableDetailRow).
 */
export type TableRow = DataAssetSummary & { id: string; isDetail?: boolean };

export function toRows(
  tables: DataAssetSummary[],
  expanded: ReadonlySet<string>,
): TableRow[] {
  return tables.flatMap(table => {
    const row = { ...table, id: table.entityRef };
    return expanded.has(table.entityRef)
      ? [row, { ...row, id: `${table.entityRef}#detail`, isDetail: true }]
      : [row];
  });
}

/** Column ids that are sortable are the server's `sort` keys. */
export function tableColumns(options: {
  links: CatalogLinks;
  expanded: ReadonlySet<string>;
  onToggle(entityRef: string): void;
}): ColumnConfig<TableRow>[] {
  const { links, expanded } = options;
  return [
    {
      id: 'expand',
      label: 'Details',
      width: 56,
      cell: row => {
        const open = expanded.has(row.entityRef);
        return (
          <Cell>
            <ButtonIcon
              variant="tertiary"
              size="small"
              aria-label={`${open ? 'Hide' : 'Show'} details of ${row.name}`}
              aria-expanded={open}
              icon={open ? <ExpandMoreIcon /> : <ChevronRightIcon />}
              onPress={() => options.onToggle(row.entityRef)}
            />
          </Cell>
        );
      },
    },
    {
      id: 'name',
      label: 'Name',
      isRowHeader: true,
      isSortable: true,
      cell: row => (
        <CellText
          title={row.name}
          description={row.qualifiedName}
          href={links.table(row.entityRef)}
        />
      ),
    },
    {
      id: 'kind',
      label: 'Kind',
      cell: row => <CellText title={row.kind} />,
    },
    {
      id: 'source',
      label: 'Source',
      cell: row => <CellText title={row.sourceId} description={row.platform} />,
    },
    {
      id: 'owner',
      label: 'Owner',
      cell: row => <CellText title={shortRef(row.owner)} />,
    },
    {
      id: 'quality',
      label: 'Quality',
      isSortable: true,
      cell: row => (
        <Cell>
          <QualityBar score={row.qualityScore} width={60} />
        </Cell>
      ),
    },
    {
      id: 'views',
      label: 'Views (30 d)',
      isSortable: true,
      cell: row => <CellText title={formatCount(row.views30d)} />,
    },
    {
      id: 'rows',
      label: 'Rows',
      isSortable: true,
      cell: row => <CellText title={formatCount(row.rowEstimate)} />,
    },
    {
      id: 'size',
      label: 'Size',
      isSortable: true,
      cell: row => <CellText title={formatBytes(row.sizeBytes)} />,
    },
    {
      id: 'updated',
      label: 'Updated',
      isSortable: true,
      cell: row => <TimeCell at={row.lastUpdatedAt} />,
    },
  ];
}
