import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * The cluster every page shows, from `?cluster=` (absent: all clusters),
 * so a view of one cluster survives reloads, links and tab changes.
 * `clusters` is the list filter the API takes.
 */
export function useClusterFilter() {
  const [params, setParams] = useSearchParams();
  const cluster = params.get('cluster') || undefined;
  const setCluster = useCallback(
    (next: string | undefined) =>
      setParams(
        current => {
          const updated = new URLSearchParams(current);
          if (next) updated.set('cluster', next);
          else updated.delete('cluster');
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );
  return {
    cluster,
    clusters: cluster ? [cluster] : undefined,
    setCluster,
  };
}
