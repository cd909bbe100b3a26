import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import type { HostSummary } from '@internal/plugin-harvester-common';
import { formatBytes, formatCores } from '../shared/format';
import { HostStateBadge } from '../shared/StateBadge';
import { TagList } from '../shared/TagList';
import { UsageBar } from '../shared/UsageBar';
import type { HarvesterLinks } from '../shared/useHarvesterLinks';
import type { ObjectRow } from '../shared/usePagedObjects';
import { ReadinessBadge } from './ReadinessBadge';

export type HostRow = ObjectRow<HostSummary>;

/** The hosts list: state, roles, readiness and what is in use. */
export function hostColumns(
  links: HarvesterLinks,
  options: { showCluster: boolean },
): ColumnConfig<HostRow>[] {
  return [
    {
      id: 'name',
      label: 'Name',
      isRowHeader: true,
      cell: host => <CellText title={host.name} href={links.host(host)} />,
    },
    {
      id: 'cluster',
      label: 'Cluster',
      isHidden: !options.showCluster,
      cell: host => <CellText title={host.cluster} />,
    },
    {
      id: 'state',
      label: 'State',
      cell: host => (
        <Cell>
          <HostStateBadge state={host.state} />
        </Cell>
      ),
    },
    {
      id: 'roles',
      label: 'Roles',
      cell: host => (
        <Cell>
          <TagList tags={host.roles} label={`Roles of ${host.name}`} />
        </Cell>
      ),
    },
    {
      id: 'readiness',
      label: 'Readiness',
      cell: host => (
        <Cell>
          <ReadinessBadge readiness={host.readiness} />
        </Cell>
      ),
    },
    {
      id: 'cpu',
      label: 'CPU',
      cell: host => (
        <Cell>
          <UsageBar
            compact
            label={`CPU of ${host.name}`}
            used={host.usage.cpuCoresUsed}
            total={host.usage.cpuCoresTotal}
            format={formatCores}
          />
        </Cell>
      ),
    },
    {
      id: 'memory',
      label: 'Memory',
      cell: host => (
        <Cell>
          <UsageBar
            compact
            label={`Memory of ${host.name}`}
            used={host.usage.memoryBytesUsed}
            total={host.usage.memoryBytesTotal}
            format={formatBytes}
          />
        </Cell>
      ),
    },
    {
      id: 'vms',
      label: 'VMs',
      cell: host => <CellText title={String(host.vmCount)} />,
    },
    {
      id: 'ip',
      label: 'IP address',
      cell: host => <CellText title={host.internalIp ?? '—'} />,
    },
  ];
}
