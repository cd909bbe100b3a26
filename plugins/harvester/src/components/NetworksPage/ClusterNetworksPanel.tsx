import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import type { ClusterNetworkSummary } from '@internal/plugin-harvester-common';
import {
  AsyncView,
  ListTable,
  withIds,
  Panel,
  ToneChip,
} from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';

type ClusterNetworkRow = ClusterNetworkSummary & { id: string };

const columns: ColumnConfig<ClusterNetworkRow>[] = [
  {
    id: 'name',
    label: 'Name',
    isRowHeader: true,
    cell: c => <CellText title={c.name} description={c.cluster} />,
  },
  {
    id: 'ready',
    label: 'State',
    cell: c => (
      <Cell>
        <ToneChip
          tone={c.ready ? 'success' : 'warning'}
          label={c.ready ? 'Ready' : 'Not ready'}
        />
      </Cell>
    ),
  },
  {
    id: 'vlanConfigs',
    label: 'VLAN configs',
    cell: c => <CellText title={c.vlanConfigs.join(', ') || '—'} />,
  },
];

/** The cluster networks (the hosts' uplinks) VM networks are carried on. */
export function ClusterNetworksPanel(props: { cluster?: string }) {
  const api = useApi(harvesterApiRef);
  const networks = useAsync(
    () => api.listClusterNetworks({ cluster: props.cluster }),
    [api, props.cluster],
  );
  return (
    <Panel
      title="Cluster networks"
      subtitle="Uplinks of the hosts; mgmt is the management network"
    >
      <AsyncView result={networks}>
        {value => (
          <ListTable
            columns={columns}
            rows={withIds(value, c => `${c.cluster}/${c.name}`)}
            empty="No cluster networks."
          />
        )}
      </AsyncView>
    </Panel>
  );
}
