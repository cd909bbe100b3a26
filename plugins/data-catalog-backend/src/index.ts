/**
 * The data-catalog family's backend plugin.
 *
 * @packageDocumentation
 */
export { dataCatalogPlugin as default } from './plugin';
