/**
 * The Access family's admin UI: users, groups, departments, roles, policies
 * with dry-run, and the live audit log.
 *
 * @packageDocumentation
 */
export { authzPlugin as default, authzPage, authzApi } from './plugin';
export { authzApiRef } from './api/AuthzApi';
export type { AuthzApi } from './api/AuthzApi';
export { AuthzClient } from './api/AuthzClient';
export type * from './api/types';
