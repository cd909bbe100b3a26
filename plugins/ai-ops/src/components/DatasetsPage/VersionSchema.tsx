import { CellText, ColumnConfig, Grid } from '@backstage/ui';
import type { DatasetVersion } from '@internal/plugin-ai-ops-common';
import { ListTable, Panel, withIds } from '@internal/portal-react';
import { formatBytes } from './versionColumns';

type Column = DatasetVersion['schema'][number] & { id: string };
type Partition = DatasetVersion['partitions'][number] & { id: string };

const schemaColumns: ColumnConfig<Column>[] = [
  {
    id: 'name',
    label: 'Column',
    isRowHeader: true,
    cell: c => <CellText title={c.name} />,
  },
  { id: 'type', label: 'Type', cell: c => <CellText title={c.type} /> },
  {
    id: 'nullable',
    label: 'Nullable',
    cell: c => <CellText title={c.nullable ? 'yes' : 'no'} />,
  },
];

const partitionColumns: ColumnConfig<Partition>[] = [
  {
    id: 'path',
    label: 'Partition',
    isRowHeader: true,
    cell: p => <CellText title={p.path} />,
  },
  {
    id: 'files',
    label: 'Files',
    cell: p => <CellText title={String(p.files)} />,
  },
  {
    id: 'size',
    label: 'Size',
    cell: p => <CellText title={formatBytes(p.sizeBytes)} />,
  },
  {
    id: 'rows',
    label: 'Rows',
    cell: p => <CellText title={p.rowCount.toLocaleString('en-US')} />,
  },
];

/** A version's schema and its partitions. */
export function VersionSchema(props: { version: DatasetVersion }) {
  const { version } = props;
  return (
    <Grid.Root columns={{ initial: '1', md: '2' }} gap="4">
      <Panel
        title={`Schema of v${version.version}`}
        subtitle={version.storageUri}
      >
        <ListTable
          columns={schemaColumns}
          rows={withIds(version.schema, c => c.name)}
        />
      </Panel>
      <Panel
        title="Partitions"
        subtitle={version.partitionKeys.join(' / ') || 'not partitioned'}
      >
        <ListTable
          columns={partitionColumns}
          rows={withIds(version.partitions, p => p.path)}
          empty="No partitions."
        />
      </Panel>
    </Grid.Root>
  );
}
