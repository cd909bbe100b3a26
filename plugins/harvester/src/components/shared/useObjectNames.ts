import useAsync from 'react-use/esm/useAsync';
import type { Page } from '@internal/plugin-harvester-common';

/** Enough for every name a filter offers; lists are per cluster and short. */
const LIMIT = 500;

/**
 * The distinct names of the objects `list` finds in `clusters` (all:
 * undefined), sorted: the choices of a namespace or host filter.
 */
export function useObjectNames(
  list: (query: {
    cluster?: string[];
    limit: number;
  }) => Promise<Page<{ name: string }>>,
  clusters: string[] | undefined,
): string[] | undefined {
  const names = useAsync(async () => {
    const page = await list({ cluster: clusters, limit: LIMIT });
    return [...new Set(page.items.map(item => item.name))].sort();
    // `list` is a fresh closure each render: only the clusters decide.
  }, [clusters?.join()]);
  return names.value;
}
