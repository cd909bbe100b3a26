import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { SearchResponse } from '@internal/plugin-data-catalog-common';

export type FacetKey = keyof SearchResponse['facets'];
export const facetKeys: FacetKey[] = [
  'kind',
  'platform',
  'tag',
  'owner',
  'domain',
  'quality',
];

export type SearchState = {
  q: string;
  filters: Record<FacetKey, string[]>;
  offset: number;
};

/**
 * The search lives in the URL (`?q=…&tag=a&tag=b&offset=20`): results can
 * be shared and the back button walks through earlier searches.
 */
export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();

  const state = useMemo<SearchState>(() => {
    const read = new URLSearchParams(key);
    const filters = Object.fromEntries(
      facetKeys.map(facet => [facet, read.getAll(facet)]),
    ) as Record<FacetKey, string[]>;
    return {
      q: read.get('q') ?? '',
      filters,
      offset: Number(read.get('offset')) || 0,
    };
  }, [key]);

  /** Replaces the search; anything but paging starts from the first page. */
  const apply = useCallback(
    (next: Partial<SearchState>) => {
      const merged = { ...state, offset: 0, ...next };
      const out = new URLSearchParams();
      if (merged.q) out.set('q', merged.q);
      for (const facet of facetKeys) {
        for (const value of merged.filters[facet] ?? [])
          out.append(facet, value);
      }
      if (merged.offset) out.set('offset', String(merged.offset));
      setParams(out);
    },
    [state, setParams],
  );

  const toggle = useCallback(
    (facet: FacetKey, values: string[]) =>
      apply({ filters: { ...state.filters, [facet]: values } }),
    [apply, state.filters],
  );

  return { state, apply, toggle };
}

/** Saved searches keep filters as a plain record of lists. */
export function filtersOf(saved: Record<string, string[]>) {
  return Object.fromEntries(
    facetKeys.map(facet => [facet, saved[facet] ?? []]),
  ) as Record<FacetKey, string[]>;
}
