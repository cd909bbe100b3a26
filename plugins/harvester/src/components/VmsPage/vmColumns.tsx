import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import {
  stringifyHarvesterRef,
  VmSummary,
} from '@internal/plugin-harvester-common';
import { formatBytes, formatCores, shortRef } from '../shared/format';
import { VmStateBadge } from '../shared/StateBadge';
import { TimeCell } from '../shared/TimeCell';
import type { HarvesterLinks } from '../shared/useHarvesterLinks';
import type { ObjectRow } from '../shared/usePagedObjects';

/** A VM as a table row, keyed by its ref `<cluster>/<namespace>/<name>`. */
export type VmRow = ObjectRow<VmSummary>;

export function toVmRows(vms: VmSummary[]): VmRow[] {
  return vms.map(vm => ({ ...vm, id: stringifyHarvesterRef(vm) }));
}

/**
 * The columns of every VM list: the name links to the VM, the host to the
 * host. `showCluster` is off when one cluster is picked.
 */
export function vmColumns(
  links: HarvesterLinks,
  options: { showCluster: boolean },
): ColumnConfig<VmRow>[] {
  return [
    {
      id: 'name',
      label: 'Name',
      isRowHeader: true,
      cell: vm => (
        <CellText
          title={vm.name}
          description={vm.namespace}
          href={links.vm(vm)}
        />
      ),
    },
    {
      id: 'state',
      label: 'State',
      cell: vm => (
        <Cell>
          <VmStateBadge state={vm.state} message={vm.message} />
        </Cell>
      ),
    },
    {
      id: 'cluster',
      label: 'Cluster',
      isHidden: !options.showCluster,
      cell: vm => <CellText title={vm.cluster} />,
    },
    {
      id: 'host',
      label: 'Host',
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
      id: 'size',
      label: 'CPU / memory',
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
      cell: vm => <CellText title={shortRef(vm.owner)} />,
    },
    {
      id: 'createdAt',
      label: 'Created',
      cell: vm => <TimeCell at={vm.createdAt} />,
    },
  ];
}
