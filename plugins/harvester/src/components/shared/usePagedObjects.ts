import { useRef, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import type { PagePagination, SortDescriptor, SortState } from '@backstage/ui';
import {
  HarvesterObjectRef,
  Page,
  stringifyHarvesterRef,
} from '@internal/plugin-harvester-common';
import { FIRST_PAGE_SIZE } from './pageSize';

const pageSizeOptions = [FIRST_PAGE_SIZE, 50, 100];

/** An object as a table row, keyed by its ref `<cluster>[/<namespace>]/<name>`. */
export type ObjectRow<T> = T & { id: string };

export function toObjectRows<T extends HarvesterObjectRef>(
  items: T[],
): ObjectRow<T>[] {
  return items.map(item => ({ ...item, id: stringifyHarvesterRef(item) }));
}

/** `name` or `-name`: a sortable column's id is the field the server sorts by. */
function sortParam(sort: SortDescriptor | null): string | undefined {
  if (!sort) return undefined;
  return `${sort.direction === 'descending' ? '-' : ''}${String(sort.column)}`;
}

/**
 * One server page of a list for `filter` (plain values: compared by
 * content, so it need not be memoised), sorted by the column picked in the
 * table. A changed filter or sort starts again at the first page; `reload`
 * (after a change, or polling) keeps the page and the rows on screen until
 * the answer is in.
 */
export function usePagedObjects<T extends HarvesterObjectRef, F extends object>(
  load: (
    query: F & { offset: number; limit: number; sort?: string },
  ) => Promise<Page<T>>,
  filter: F,
) {
  const [sort, setSort] = useState<SortDescriptor | null>(null);
  const key = JSON.stringify([filter, sortParam(sort)]);
  const [paging, setPaging] = useState({
    key,
    offset: 0,
    pageSize: FIRST_PAGE_SIZE,
  });
  const offset = paging.key === key ? paging.offset : 0;
  const { pageSize } = paging;
  // The latest loader and filter, so callers need not memoise them.
  const latest = useRef({ load, filter });
  latest.current = { load, filter };

  const result = useAsyncRetry(async () => {
    const page = await latest.current.load({
      ...latest.current.filter,
      offset,
      limit: pageSize,
      sort: sortParam(sort),
    });
    return { rows: toObjectRows(page.items), totalCount: page.totalCount };
  }, [key, offset, pageSize]);

  const totalCount = result.value?.totalCount ?? 0;
  const pagination: PagePagination = {
    type: 'page',
    offset,
    pageSize,
    pageSizeOptions,
    totalCount,
    hasPreviousPage: offset > 0,
    hasNextPage: offset + pageSize < totalCount,
    onPreviousPage: () =>
      setPaging({ key, pageSize, offset: Math.max(0, offset - pageSize) }),
    onNextPage: () => setPaging({ key, pageSize, offset: offset + pageSize }),
    onPageSizeChange: size => setPaging({ key, pageSize: size, offset: 0 }),
  };

  const sortState: SortState = { descriptor: sort, onSortChange: setSort };

  return {
    rows: result.value?.rows,
    reload: result.retry,
    tableProps: {
      data: result.value?.rows,
      isPending: result.loading && !result.value,
      error: result.error,
      pagination,
      sort: sortState,
    },
  };
}
