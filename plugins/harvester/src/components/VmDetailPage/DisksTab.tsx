import { CellText, ColumnConfig } from '@backstage/ui';
import type { VmDisk } from '@internal/plugin-harvester-common';
import { ListTable, withIds } from '@internal/portal-react';
import { formatBytes } from '../shared/format';

type Row = VmDisk & { id: string };

const columns: ColumnConfig<Row>[] = [
  {
    id: 'name',
    label: 'Disk',
    isRowHeader: true,
    cell: d => <CellText title={d.name} description={d.type} />,
  },
  {
    id: 'volume',
    label: 'Volume',
    cell: d => <CellText title={d.claimName ?? d.volumeName ?? '—'} />,
  },
  {
    id: 'size',
    label: 'Size',
    cell: d => <CellText title={formatBytes(d.sizeBytes)} />,
  },
  { id: 'bus', label: 'Bus', cell: d => <CellText title={d.bus ?? '—'} /> },
  {
    id: 'boot',
    label: 'Boot order',
    cell: d => <CellText title={d.bootOrder ? String(d.bootOrder) : '—'} />,
  },
  {
    id: 'image',
    label: 'Image',
    cell: d => <CellText title={d.imageId ?? '—'} />,
  },
];

/** The VM's disks and the volumes behind them. */
export function DisksTab(props: { disks: VmDisk[] }) {
  return (
    <ListTable
      columns={columns}
      rows={withIds(props.disks, d => d.name)}
      empty="The VM has no disks."
    />
  );
}
