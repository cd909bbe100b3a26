import { useMemo } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Table } from '@backstage/ui';
import type { HostState } from '@internal/plugin-harvester-common';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { SearchFilter, StateFilter } from '../shared/ListFilters';
import { useClusterFilter } from '../shared/useClusterFilter';
import { useHarvesterLinks } from '../shared/useHarvesterLinks';
import { usePagedObjects } from '../shared/usePagedObjects';
import { useUrlFilter } from '../shared/useUrlFilter';
import { hostColumns } from './hostColumns';

const hostStates: HostState[] = [
  'Active',
  'Cordoned',
  'Maintenance',
  'EnteringMaintenance',
  'NotReady',
  'Unknown',
];
const filterKeys = ['q', 'state'] as const;

/**
 * The hosts (nodes) of the clusters, paged by the server, filtered by the
 * URL (cluster, state, search): state, roles, hardware readiness and load.
 */
export function HostsPage() {
  const api = useApi(harvesterApiRef);
  const links = useHarvesterLinks();
  const { cluster, clusters } = useClusterFilter();
  const { filter, setFilter } = useUrlFilter(filterKeys);
  const { tableProps } = usePagedObjects(page => api.listHosts(page), {
    cluster: clusters,
    state: filter.state ? [filter.state] : undefined,
    q: filter.q,
  });
  const columns = useMemo(
    () => hostColumns(links, { showCluster: !cluster }),
    [links, cluster],
  );

  return (
    <Flex direction="column" gap="4">
      <Flex gap="3" align="end">
        <SearchFilter
          noun="hosts"
          placeholder="Host name"
          value={filter.q}
          onChange={q => setFilter({ q })}
        />
        <StateFilter
          states={hostStates}
          value={filter.state}
          onChange={state => setFilter({ state })}
        />
      </Flex>
      <Table
        {...tableProps}
        columnConfig={columns}
        emptyState="No hosts match these filters."
      />
    </Flex>
  );
}
