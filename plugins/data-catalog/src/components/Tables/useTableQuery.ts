import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { SortDescriptor } from '@backstage/ui';
import type { ListTablesQuery } from '@internal/plugin-data-catalog-common';

/** The filters of the tables list, as text like the URL holds them. */
export type TableFilter = {
  source?: string;
  platform?: string;
  kind?: string;
  tag?: string;
  owner?: string;
  domain?: string;
  minQuality?: string;
};

export const filterKeys: (keyof TableFilter)[] = [
  'source',
  'platform',
  'kind',
  'tag',
  'owner',
  'domain',
  'minQuality',
];

type SortKey = NonNullable<ListTablesQuery['sort']>;
const sortKeys: SortKey[] = [
  'name',
  'quality',
  'updated',
  'views',
  'rows',
  'size',
];

/**
 * The list's search, filters and sort live in the query string, so a view
 * of the catalog can be bookmarked and shared. Values are memoised on the
 * URL: the table reloads only when the URL really changes.
 */
export function useTableQuery() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();

  const { filter, search, sort } = useMemo(() => {
    const read = new URLSearchParams(key);
    const parsedFilter: TableFilter = {};
    for (const name of filterKeys) {
      const value = read.get(name);
      if (value) parsedFilter[name] = value;
    }
    const column = read.get('sort') as SortKey | null;
    const parsedSort: SortDescriptor = {
      column: column && sortKeys.includes(column) ? column : 'name',
      direction: read.get('order') === 'desc' ? 'descending' : 'ascending',
    };
    return {
      filter: parsedFilter,
      search: read.get('q') ?? '',
      sort: parsedSort,
    };
  }, [key]);

  const update = useCallback(
    (changes: Record<string, string | undefined>) =>
      setParams(
        current => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(changes)) {
            if (value) next.set(name, value);
            else next.delete(name);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return {
    filter,
    search,
    sort,
    setFilter: useCallback(
      (next: TableFilter) =>
        update(Object.fromEntries(filterKeys.map(name => [name, next[name]]))),
      [update],
    ),
    setSearch: useCallback((q: string) => update({ q }), [update]),
    setSort: useCallback(
      (next: SortDescriptor) =>
        update({
          sort: String(next.column),
          order: next.direction === 'descending' ? 'desc' : undefined,
        }),
      [update],
    ),
  };
}

/** The server's query for one page of the list. */
export function toListQuery(options: {
  filter?: TableFilter;
  search: string;
  sort: SortDescriptor | null;
  cursor?: string;
  pageSize: number;
}): Partial<ListTablesQuery> {
  const { filter = {} } = options;
  const minQuality = Number(filter.minQuality);
  return {
    q: options.search || undefined,
    source: filter.source,
    platform: filter.platform,
    kind: filter.kind as ListTablesQuery['kind'],
    tag: filter.tag,
    owner: filter.owner,
    domain: filter.domain,
    minQuality:
      Number.isFinite(minQuality) && filter.minQuality ? minQuality : undefined,
    sort: (options.sort?.column as SortKey | undefined) ?? 'name',
    order: options.sort?.direction === 'descending' ? 'desc' : 'asc',
    limit: options.pageSize,
    cursor: options.cursor,
  };
}
