import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { readUrlFilter } from './readUrlFilter';

/**
 * List filters kept in the query string (`keys`), so a filtered view can
 * be bookmarked and shared. Values are memoised on the URL: a list reloads
 * only when the URL really changes. Empty values leave the URL.
 */
export function useUrlFilter<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const text = params.toString();

  const filter = useMemo(
    () => readUrlFilter(new URLSearchParams(text), keys),
    // `keys` is a constant list of the caller's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [text],
  );

  const setFilter = useCallback(
    (changes: Partial<Record<K, string | undefined>>) =>
      setParams(
        current => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, String(value));
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return { filter, setFilter };
}
