import {
  createRouteRef,
  createSubRouteRef,
} from '@backstage/frontend-plugin-api';

/** The data catalog; every section is a path below it. */
export const rootRouteRef = createRouteRef();

/** A page below the catalog; its params are named by the path. */
function page<Path extends string>(path: Path) {
  return createSubRouteRef({ parent: rootRouteRef, path });
}

/** One data source (connection) with its syncs and schema changes. */
export const sourceRouteRef = page('/catalogs/:sourceId');

/** The tables list; its filters live in the query string. */
export const tablesRouteRef = page('/tables');

/** One table or view, addressed like its entity ref `resource:<namespace>/<name>`. */
export const tableRouteRef = page('/tables/:namespace/:name');

export const searchRouteRef = page('/search');

export const glossaryTermRouteRef = page('/glossary/:termId');
