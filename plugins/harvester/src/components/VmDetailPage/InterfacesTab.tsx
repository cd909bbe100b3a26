import { CellText, ColumnConfig } from '@backstage/ui';
import type { VmNetworkInterface } from '@internal/plugin-harvester-common';
import { ListTable, withIds } from '@internal/portal-react';

type Row = VmNetworkInterface & { id: string };

const columns: ColumnConfig<Row>[] = [
  {
    id: 'name',
    label: 'Interface',
    isRowHeader: true,
    cell: i => <CellText title={i.name} description={i.model} />,
  },
  {
    id: 'network',
    label: 'Network',
    cell: i => (
      <CellText
        title={i.network === 'pod' ? 'Management network' : i.network}
      />
    ),
  },
  {
    id: 'mac',
    label: 'MAC address',
    cell: i => <CellText title={i.macAddress ?? '—'} />,
  },
  {
    id: 'ip',
    label: 'IP address',
    cell: i => <CellText title={i.ipAddress ?? '—'} />,
  },
];

/** The VM's network interfaces and what they are attached to. */
export function InterfacesTab(props: { interfaces: VmNetworkInterface[] }) {
  return (
    <ListTable
      columns={columns}
      rows={withIds(props.interfaces, i => i.name)}
      empty="The VM has no network interfaces."
    />
  );
}
