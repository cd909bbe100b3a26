/**
 * Search module: the data catalog's tables, columns, glossary terms and
 * tags in Backstage search.
 *
 * @packageDocumentation
 */
export { searchModuleDataCatalogCollator as default } from './module';
export {
  DataCatalogCollatorFactory,
  type DataCatalogCollatorOptions,
  type DataCatalogDocument,
} from './DataCatalogCollatorFactory';
