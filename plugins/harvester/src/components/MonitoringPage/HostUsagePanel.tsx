import { CellText, ColumnConfig } from '@backstage/ui';
import type { Monitoring } from '@internal/plugin-harvester-common';
import { ListTable, withIds, Panel } from '@internal/portal-react';
import { usageColumn, usageResources } from '../shared/ResourceUsageBar';

type HostUsage = Monitoring['hosts'][number];
type HostRow = HostUsage & { id: string };

const columns: ColumnConfig<HostRow>[] = [
  {
    id: 'name',
    label: 'Host',
    isRowHeader: true,
    cell: h => <CellText title={h.name} />,
  },
  ...usageResources.map(resource => usageColumn<HostRow>(resource)),
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
