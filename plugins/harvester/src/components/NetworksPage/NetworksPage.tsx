import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex, Table } from '@backstage/ui';
import { useDialog } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { DeleteDialog } from '../shared/DeleteDialog';
import { ListToolbar } from '../shared/ListToolbar';
import { useListFilter } from '../shared/useListFilter';
import { usePagedObjects } from '../shared/usePagedObjects';
import { ClusterNetworksPanel } from './ClusterNetworksPanel';
import { CreateNetworkDialog } from './CreateNetworkDialog';
import { networkColumns, NetworkRow } from './networkColumns';

/** Networks: the VM networks (VLANs) and the cluster networks under them. */
export function NetworksPage() {
  const api = useApi(harvesterApiRef);
  const list = useListFilter();
  const networks = usePagedObjects(
    query => api.listNetworks(query),
    list.query,
  );
  const create = useDialog(networks.reload);
  const remove = useDialog<NetworkRow>(networks.reload);

  return (
    <Flex direction="column" gap="4">
      <ListToolbar noun="networks" list={list}>
        <Button onPress={() => create.open(true)}>Create VLAN network</Button>
      </ListToolbar>
      <Table
        {...networks.tableProps}
        columnConfig={networkColumns({
          showCluster: !list.cluster,
          onDelete: remove.open,
        })}
        emptyState="No VM networks match these filters."
      />
      <ClusterNetworksPanel cluster={list.cluster} />
      {create.subject ? (
        <CreateNetworkDialog
          cluster={list.cluster}
          onCancel={create.close}
          onCreated={create.finish}
        />
      ) : null}
      <DeleteDialog
        dialog={remove}
        label={n => `network ${n.name}`}
        consequence={n =>
          `The VM network ${n.name} (VLAN ${
            n.vlan ?? 'untagged'
          }) is deleted from ${n.cluster}/${n.namespace}.`
        }
        onDelete={n => api.deleteNetwork(n)}
      />
    </Flex>
  );
}
