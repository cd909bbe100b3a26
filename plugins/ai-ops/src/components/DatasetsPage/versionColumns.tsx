import { Cell, CellText, ColumnConfig, Link } from '@backstage/ui';
import type { DatasetVersion } from '@internal/plugin-ai-ops-common';
import { scaleBytes, TimeCell } from '@internal/portal-react';

const BYTES = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

export function formatBytes(bytes: number) {
  const { value, unit } = scaleBytes(bytes, BYTES);
  return `${value.toFixed(unit === 'B' ? 0 : 1)} ${unit}`;
}

export type VersionRow = DatasetVersion & { id: string };

/** A dataset's versions; the version links to its schema and reports. */
export function versionColumns(
  href: (version: number) => string,
): ColumnConfig<VersionRow>[] {
  return [
    {
      id: 'version',
      label: 'Version',
      isRowHeader: true,
      cell: v => (
        <Cell>
          <Link href={href(v.version)}>{`v${v.version}`}</Link>
        </Cell>
      ),
    },
    {
      id: 'uri',
      label: 'Storage URI',
      cell: v => (
        <CellText
          title={v.storageUri}
          description={`sha256 ${v.hash.slice(0, 12)}…`}
        />
      ),
    },
    {
      id: 'size',
      label: 'Size',
      cell: v => <CellText title={formatBytes(v.sizeBytes)} />,
    },
    {
      id: 'rows',
      label: 'Rows',
      cell: v => <CellText title={v.rowCount.toLocaleString('en-US')} />,
    },
    {
      id: 'partitions',
      label: 'Partitions',
      cell: v => (
        <CellText
          title={String(v.partitions.length)}
          description={v.partitionKeys.join(', ') || `${v.files} file(s)`}
        />
      ),
    },
    {
      id: 'createdAt',
      label: 'Registered',
      cell: v => <TimeCell at={v.createdAt} />,
    },
  ];
}
