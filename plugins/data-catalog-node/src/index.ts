/**
 * What the data-catalog family offers other backend plugins and modules:
 * the connector extension point, the snapshot model connectors return, and
 * the lineage service.
 *
 * @packageDocumentation
 */
export * from './snapshot';
export * from './connector';
export * from './extensions';
export * from './lineage';
export { lineageServiceRef } from './lineageServiceRef';
export { DataCatalogLineageClient } from './DataCatalogLineageClient';
