import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import type { DataSource } from '@internal/plugin-data-catalog-common';
import { formatCount } from '../shared/format';
import { PlatformLabel } from '../shared/PlatformLabel';
import { shortRef } from '../shared/refs';
import { SyncState } from '../shared/SyncState';
import type { CatalogLinks } from '../shared/useCatalogLinks';

/** A source as a list row (the table keys rows by `id`). */
export function sourceColumns(links: CatalogLinks): ColumnConfig<DataSource>[] {
  return [
    {
      id: 'title',
      label: 'Source',
      isRowHeader: true,
      cell: source => (
        <CellText
          title={source.title}
          description={source.id}
          href={links.source(source.id)}
        />
      ),
    },
    {
      id: 'platform',
      label: 'Platform',
      cell: source => (
        <Cell>
          <PlatformLabel platform={source.platform} />
        </Cell>
      ),
    },
    {
      id: 'tables',
      label: 'Tables',
      cell: source => (
        <CellText
          title={formatCount(source.counts.tables)}
          description={`${formatCount(source.counts.views)} views`}
        />
      ),
    },
    {
      id: 'owner',
      label: 'Owner',
      cell: source => <CellText title={shortRef(source.owner)} />,
    },
    {
      id: 'schedule',
      label: 'Schedule',
      cell: source => <CellText title={source.schedule ?? 'manual'} />,
    },
    {
      id: 'sync',
      label: 'Last sync',
      cell: source => (
        <Cell>
          <SyncState run={source.lastSync} />
        </Cell>
      ),
    },
  ];
}
