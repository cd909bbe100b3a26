import { useMemo, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex, Selection, Table } from '@backstage/ui';
import type { VmSummary } from '@internal/plugin-harvester-common';
import { useDialog, usePolling } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import type { VmBulkAction } from '../../api/types';
import { useClusterFilter } from '../shared/useClusterFilter';
import { useHarvesterLinks } from '../shared/useHarvesterLinks';
import { usePagedObjects } from '../shared/usePagedObjects';
import { useUrlFilter } from '../shared/useUrlFilter';
import { isTransitional } from '../VmDetailPage/useSettling';
import { BulkActionBar } from './BulkActionBar';
import { BulkActionDialog } from './BulkActionDialog';
import { CreateVmDialog } from './CreateVmDialog';
import { vmColumns } from './vmColumns';
import { VmFilters } from './VmFilters';
import { vmFilterKeys, vmListQuery } from './vmListQuery';

/**
 * Every VM the user may see, paged by the server, filtered by the URL
 * (cluster, state, namespace, host, search, label selector) and sorted by
 * the column picked. Selected VMs can be started, stopped, migrated or
 * deleted together.
 */
export function VmsPage() {
  const api = useApi(harvesterApiRef);
  const links = useHarvesterLinks();
  const { cluster, clusters } = useClusterFilter();
  const { filter, setFilter } = useUrlFilter(vmFilterKeys);
  const [selected, setSelected] = useState<Selection>(new Set());

  const query = vmListQuery(cluster, filter);
  const {
    tableProps,
    rows = [],
    reload,
  } = usePagedObjects(page => api.listVms(page), query);
  // VMs starting, stopping or migrating are followed until they settle.
  usePolling(
    rows.some(vm => isTransitional(vm.state)),
    reload,
  );
  const columns = useMemo(
    () => vmColumns(links, { showCluster: !cluster }),
    [links, cluster],
  );

  const selectedVms: VmSummary[] =
    selected === 'all' ? rows : rows.filter(row => selected.has(row.id));
  const afterChange = () => {
    setSelected(new Set());
    reload();
  };
  const bulk = useDialog<VmBulkAction>(afterChange);
  const create = useDialog(reload);

  return (
    <Flex direction="column" gap="4">
      <Flex justify="between" align="end" gap="3">
        <VmFilters clusters={clusters} filter={filter} onChange={setFilter} />
        <Button onPress={() => create.open(true)}>Create VM</Button>
      </Flex>
      <BulkActionBar count={selectedVms.length} onAction={bulk.open} />
      <Table
        {...tableProps}
        columnConfig={columns}
        selection={{
          mode: 'multiple',
          selected,
          onSelectionChange: setSelected,
        }}
        emptyState="No VMs match these filters."
      />
      {bulk.subject ? (
        <BulkActionDialog
          action={bulk.subject}
          vms={selectedVms}
          onCancel={bulk.close}
          onDone={bulk.finish}
        />
      ) : null}
      {create.subject ? (
        <CreateVmDialog
          cluster={cluster}
          onCancel={create.close}
          onCreated={create.finish}
        />
      ) : null}
    </Flex>
  );
}
