import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import type { VmSummary } from '@internal/plugin-harvester-common';
import { clusterColumn, createdColumn, nameColumn } from '../shared/columns';
import { formatBytes, formatCores, shortRef } from '../shared/format';
import { VmStateBadge } from '../shared/StateBadge';
import type { HarvesterLinks } from '../shared/useHarvesterLinks';
import type { ObjectRow } from '../shared/usePagedObjects';

/** A VM as a table row, keyed by its ref `<cluster>/<namespace>/<name>`. */
export type VmRow = ObjectRow<VmSummary>;

/**
 * The columns of every VM list: the name links to the VM, the host to the
 * host. `showCluster` is off when one cluster is picked. Sortable columns
 * are sorted by the server, by the VmSummary field of their id.
 */
export function vmColumns(
  links: HarvesterLinks,
  options: { showCluster: boolean },
): ColumnConfig<VmRow>[] {
  return [
    nameColumn({ href: vm => links.vm(vm) }),
    {
      id: 'state',
      label: 'State',
      isSortable: true,
      cell: vm => (
        <Cell>
          <VmStateBadge state={vm.state} message={vm.message} />
        </Cell>
      ),
    },
    clusterColumn(options.showCluster),
    {
      id: 'host',
      label: 'Host',
      isSortable: true,
      cell: vm => (
        <CellText
          title={vm.host ?? '—'}
          href={
            vm.host
              ? links.host({ cluster: vm.cluster, name: vm.host })
              : undefined
          }
        />
      ),
    },
    {
      id: 'ip',
      label: 'IP address',
      cell: vm => <CellText title={vm.ipAddresses.join(', ') || '—'} />,
    },
    {
      // Sorted by CPU, memory beneath it.
      id: 'cpuCores',
      label: 'CPU / memory',
      isSortable: true,
      cell: vm => (
        <CellText
          title={formatCores(vm.cpuCores)}
          description={formatBytes(vm.memoryBytes)}
        />
      ),
    },
    {
      id: 'owner',
      label: 'Owner',
      isSortable: true,
      cell: vm => <CellText title={shortRef(vm.owner)} />,
    },
    createdColumn(),
  ];
}
