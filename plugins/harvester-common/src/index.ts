/**
 * Shared types, permissions, readiness requirements and zod schemas of the
 * harvester family.
 *
 * @packageDocumentation
 */
export * from './permissions';
export * from './api';
export * from './schemas';
export * from './refs';
export * from './annotations';
export * from './readiness';
export * from './entityRefs';
export * from './vmChanges';
