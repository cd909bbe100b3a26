import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import type { HostSummary } from '@internal/plugin-harvester-common';
import { TagList } from '@internal/portal-react';
import { clusterColumn, nameColumn } from '../shared/columns';
import { usageColumn } from '../shared/ResourceUsageBar';
import { HostStateBadge } from '../shared/StateBadge';
import type { HarvesterLinks } from '../shared/useHarvesterLinks';
import type { ObjectRow } from '../shared/usePagedObjects';
import { ReadinessBadge } from './ReadinessBadge';

export type HostRow = ObjectRow<HostSummary>;

/**
 * The hosts list: state, roles, readiness and what is used, allocated and
 * provisioned of each host's CPU, memory and storage. Sortable
 * columns are sorted by the server, by the HostSummary field of their id.
 */
export function hostColumns(
  links: HarvesterLinks,
  options: { showCluster: boolean },
): ColumnConfig<HostRow>[] {
  return [
    nameColumn({ href: host => links.host(host) }),
    clusterColumn(options.showCluster),
    {
      id: 'state',
      label: 'State',
      isSortable: true,
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
    usageColumn('cpu'),
    usageColumn('memory'),
    usageColumn('storage'),
    {
      id: 'vmCount',
      label: 'VMs',
      isSortable: true,
      cell: host => <CellText title={String(host.vmCount)} />,
    },
    {
      id: 'internalIp',
      label: 'IP address',
      isSortable: true,
      cell: host => <CellText title={host.internalIp ?? '—'} />,
    },
  ];
}
