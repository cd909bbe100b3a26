import type { ListQuery } from '../../api/types';
import { useClusterFilter } from './useClusterFilter';
import { useUrlFilter } from './useUrlFilter';

const listFilterKeys = ['q', 'namespace'] as const;

/**
 * The filters of a namespaced object list: the header's cluster, plus free
 * text and a namespace kept in the URL; `query` is what the API takes.
 */
export function useListFilter() {
  const { cluster, clusters } = useClusterFilter();
  const { filter, setFilter } = useUrlFilter(listFilterKeys);
  const query: ListQuery = {
    cluster: clusters,
    namespace: filter.namespace ? [filter.namespace] : undefined,
    q: filter.q,
  };
  return { cluster, clusters, filter, setFilter, query };
}

export type ListFilter = ReturnType<typeof useListFilter>;
