/**
 * The Access family's backend: policy administration (PAP), the catalog
 * sync, dry-runs and the audit log, under `/api/authz`.
 *
 * @packageDocumentation
 */
export { authzPlugin as default } from './plugin';
