import { useMemo } from 'react';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import {
  glossaryTermRouteRef,
  rootRouteRef,
  searchRouteRef,
  sourceRouteRef,
  tableRouteRef,
  tablesRouteRef,
} from '../../routes';
import { tableParams } from './refs';
import { queryString, type QueryParams } from '@internal/portal-react';

/**
 * Paths of the catalog's own pages, from the app's routing (so the page
 * works wherever the app mounts it). Each returns '' while unresolved.
 * The object is stable while the routes are, so it can be a memo input.
 */
export function useCatalogLinks() {
  const root = useRouteRef(rootRouteRef);
  const source = useRouteRef(sourceRouteRef);
  const tables = useRouteRef(tablesRouteRef);
  const table = useRouteRef(tableRouteRef);
  const search = useRouteRef(searchRouteRef);
  const term = useRouteRef(glossaryTermRouteRef);

  return useMemo(
    () => ({
      catalogs: () => (root ? `${root()}/catalogs` : ''),
      glossary: () => (root ? `${root()}/glossary` : ''),
      source: (sourceId: string) => source?.({ sourceId }) ?? '',
      tables: (filters: QueryParams = {}) =>
        tables ? `${tables()}${queryString(filters, 'repeat')}` : '',
      /** A table page; `tab` opens one of its tabs. */
      table: (entityRef: string, tab?: string) =>
        table
          ? `${table(tableParams(entityRef))}${queryString({ tab }, 'repeat')}`
          : '',
      search: (params: QueryParams = {}) =>
        search ? `${search()}${queryString(params, 'repeat')}` : '',
      term: (termId: string) => term?.({ termId }) ?? '',
    }),
    [root, source, tables, table, search, term],
  );
}

export type CatalogLinks = ReturnType<typeof useCatalogLinks>;
