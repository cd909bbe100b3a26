import { Button, Cell, CellText, ColumnConfig } from '@backstage/ui';
import {
  harvesterNetworkManagePermission,
  NetworkSummary,
} from '@internal/plugin-harvester-common';
import { DisabledReason } from '../shared/DisabledReason';
import { plural } from '../shared/format';
import { useCan } from '../shared/permissions';
import { TimeCell } from '../shared/TimeCell';
import type { ObjectRow } from '../shared/usePagedObjects';

export type NetworkRow = ObjectRow<NetworkSummary>;

/** Delete, for users who may manage the network; not while VMs use it. */
function DeleteNetworkButton(props: { network: NetworkRow; onPress(): void }) {
  const { network } = props;
  const canManage = useCan(harvesterNetworkManagePermission, network.id);
  if (!canManage) return null;
  const inUse = network.vmCount > 0;
  return (
    <DisabledReason
      reason={inUse ? `Used by ${plural(network.vmCount, 'VM')}` : undefined}
    >
      {described => (
        <Button
          {...described}
          size="small"
          variant="secondary"
          destructive
          aria-label={`Delete ${network.name}`}
          isDisabled={inUse}
          onPress={props.onPress}
        >
          Delete
        </Button>
      )}
    </DisabledReason>
  );
}

/** VM networks (NetworkAttachmentDefinitions) with their VLAN and use. */
export function networkColumns(options: {
  showCluster: boolean;
  onDelete(network: NetworkRow): void;
}): ColumnConfig<NetworkRow>[] {
  return [
    {
      id: 'name',
      label: 'Name',
      isSortable: true,
      isRowHeader: true,
      cell: n => <CellText title={n.name} description={n.namespace} />,
    },
    {
      id: 'cluster',
      label: 'Cluster',
      isHidden: !options.showCluster,
      cell: n => <CellText title={n.cluster} />,
    },
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
    {
      id: 'createdAt',
      label: 'Created',
      isSortable: true,
      cell: n => <TimeCell at={n.createdAt} />,
    },
    {
      id: 'actions',
      label: 'Actions',
      cell: n => (
        <Cell>
          <DeleteNetworkButton
            network={n}
            onPress={() => options.onDelete(n)}
          />
        </Cell>
      ),
    },
  ];
}
