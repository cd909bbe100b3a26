import { CellText, ColumnConfig } from '@backstage/ui';
import {
  harvesterNetworkManagePermission,
  NetworkSummary,
} from '@internal/plugin-harvester-common';
import { plural } from '@internal/portal-react';
import { clusterColumn, createdColumn, nameColumn } from '../shared/columns';
import { actionsColumn, deleteAction } from '../shared/RowActions';
import type { ObjectRow } from '../shared/usePagedObjects';

export type NetworkRow = ObjectRow<NetworkSummary>;

/**
 * VM networks (NetworkAttachmentDefinitions) with their VLAN and use;
 * Delete for users who may manage the network, not while VMs use it.
 */
export function networkColumns(options: {
  showCluster: boolean;
  onDelete(network: NetworkRow): void;
}): ColumnConfig<NetworkRow>[] {
  return [
    nameColumn(),
    clusterColumn(options.showCluster),
    {
      id: 'vlan',
      label: 'VLAN ID',
      isSortable: true,
      cell: n => (
        <CellText title={n.vlan === undefined ? 'untagged' : String(n.vlan)} />
      ),
    },
    {
      id: 'clusterNetwork',
      label: 'Cluster network',
      isSortable: true,
      cell: n => <CellText title={n.clusterNetwork} description={n.type} />,
    },
    {
      id: 'vmCount',
      label: 'VMs',
      isSortable: true,
      cell: n => <CellText title={String(n.vmCount)} />,
    },
    createdColumn(),
    actionsColumn({
      permission: harvesterNetworkManagePermission,
      actions: n => [
        deleteAction(
          n.name,
          () => options.onDelete(n),
          n.vmCount > 0 ? `Used by ${plural(n.vmCount, 'VM')}` : undefined,
        ),
      ],
    }),
  ];
}
