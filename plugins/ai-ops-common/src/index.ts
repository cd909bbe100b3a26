/**
 * Shared types, permissions, node types and zod schemas of the AI-Ops
 * family.
 *
 * @packageDocumentation
 */
export * from './permissions';
export * from './topics';
export * from './tenancy';
export * from './pipelines';
export * from './runs';
export * from './data';
export * from './schedules';
export * from './costs';
export * from './credentials';
export * from './lineage';
export * from './usageReport';
