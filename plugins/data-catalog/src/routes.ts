import {
  createRouteRef,
  createSubRouteRef,
} from '@backstage/frontend-plugin-api';

/** The data catalog; every section is a path below it. */
export const rootRouteRef = createRouteRef();

/** One data source (connection) with its syncs and schema changes. */
export const sourceRouteRef = createSubRouteRef({
  parent: rootRouteRef,
  path: '/catalogs/:sourceId',
});

/** The tables list; its filters live in the query string. */
export const tablesRouteRef = createSubRouteRef({
  parent: rootRouteRef,
  path: '/tables',
});

/** One table or view, addressed like its entity ref `resource:<namespace>/<name>`. */
export const tableRouteRef = createSubRouteRef({
  parent: rootRouteRef,
  path: '/tables/:namespace/:name',
});

export const searchRouteRef = createSubRouteRef({
  parent: rootRouteRef,
  path: '/search',
});

export const glossaryTermRouteRef = createSubRouteRef({
  parent: rootRouteRef,
  path: '/glossary/:termId',
});
