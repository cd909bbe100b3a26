/**
 * The data catalog UI: dashboard, catalogs (sources), tables, table detail,
 * search, glossary and tags, over the data-catalog backend.
 *
 * @packageDocumentation
 */
export {
  dataCatalogPlugin as default,
  dataCatalogPage,
  dataCatalogApi,
} from './plugin';
export { dataCatalogApiRef } from './api/DataCatalogApi';
export type { DataCatalogApi } from './api/DataCatalogApi';
export { DataCatalogClient } from './api/DataCatalogClient';
export type * from './api/types';
