/**
 * Shared types, permissions, entity model and zod schemas of the
 * data-catalog family.
 *
 * @packageDocumentation
 */
export * from './permissions';
export * from './entityModel';
export * from './topics';
export * from './sources';
export * from './assets';
export * from './governance';
export * from './search';
export * from './lineage';
export * from './entityFeed';
export { patchSchema } from './patchSchema';
