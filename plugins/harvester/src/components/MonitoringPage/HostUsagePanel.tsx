import { CellText, ColumnConfig, Cell } from '@backstage/ui';
import type { Monitoring } from '@internal/plugin-harvester-common';
import { formatBytes, formatCores } from '../shared/format';
import { ListTable, withIds } from '../shared/ListTable';
import { Panel } from '../shared/Panel';
import { UsageBar } from '../shared/UsageBar';

type HostUsage = Monitoring['hosts'][number];
type HostRow = HostUsage & { id: string };

const columns: ColumnConfig<HostRow>[] = [
  {
    id: 'name',
    label: 'Host',
    isRowHeader: true,
    cell: h => <CellText title={h.name} />,
  },
  {
    id: 'cpu',
    label: 'CPU',
    cell: h => (
      <Cell>
        <UsageBar
          compact
          label={`CPU of ${h.name}`}
          used={h.usage.cpuCoresUsed}
          total={h.usage.cpuCoresTotal}
          format={formatCores}
        />
      </Cell>
    ),
  },
  {
    id: 'memory',
    label: 'Memory',
    cell: h => (
      <Cell>
        <UsageBar
          compact
          label={`Memory of ${h.name}`}
          used={h.usage.memoryBytesUsed}
          total={h.usage.memoryBytesTotal}
          format={formatBytes}
        />
      </Cell>
    ),
  },
  {
    id: 'storage',
    label: 'Storage',
    cell: h => (
      <Cell>
        <UsageBar
          compact
          label={`Storage of ${h.name}`}
          used={h.usage.storageBytesUsed}
          total={h.usage.storageBytesTotal}
          format={formatBytes}
        />
      </Cell>
    ),
  },
];

/** Each cluster's hosts with CPU, memory and storage used of allocatable. */
export function HostUsagePanel(props: { hosts: HostUsage[] }) {
  const clusters = [...new Set(props.hosts.map(h => h.cluster))];
  return (
    <>
      {clusters.map(cluster => (
        <Panel key={cluster} title={`Hosts of ${cluster}`}>
          <ListTable
            columns={columns}
            rows={withIds(
              props.hosts.filter(h => h.cluster === cluster),
              h => h.name,
            )}
          />
        </Panel>
      ))}
    </>
  );
}
