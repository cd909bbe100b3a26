import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import type { BlockDevice } from '@internal/plugin-harvester-common';
import { ListTable, withIds, ToneChip } from '@internal/portal-react';
import { formatBytes } from '../shared/format';

type Row = BlockDevice & { id: string };

const columns: ColumnConfig<Row>[] = [
  {
    id: 'name',
    label: 'Device',
    isRowHeader: true,
    cell: d => <CellText title={d.devPath ?? d.name} description={d.name} />,
  },
  {
    id: 'type',
    label: 'Type',
    cell: d => <CellText title={d.deviceType ?? '—'} />,
  },
  {
    id: 'size',
    label: 'Size',
    cell: d => <CellText title={formatBytes(d.sizeBytes)} />,
  },
  {
    id: 'provisioned',
    label: 'Storage',
    cell: d => (
      <Cell>
        <ToneChip
          tone={d.provisioned ? 'success' : 'neutral'}
          label={d.provisioned ? 'provisioned' : 'not used'}
        />
      </Cell>
    ),
  },
];

/** The host's disks and whether Longhorn stores volumes on them. */
export function BlockDevicesTable(props: { devices: BlockDevice[] }) {
  return (
    <ListTable
      columns={columns}
      rows={withIds(props.devices, d => d.name)}
      empty="No block devices reported."
    />
  );
}
