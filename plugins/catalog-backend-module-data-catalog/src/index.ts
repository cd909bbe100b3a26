/**
 * Catalog module: data assets from the data-catalog entity feed as deltas,
 * and partOf/hasPart relations between them.
 *
 * @packageDocumentation
 */
export { catalogModuleDataCatalog as default } from './module';
export { DataCatalogEntityProvider } from './DataCatalogEntityProvider';
export { DataAssetRelationsProcessor } from './DataAssetRelationsProcessor';
