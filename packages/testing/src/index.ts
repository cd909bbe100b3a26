/**
 * Test helpers shared by the portal's packages.
 *
 * @packageDocumentation
 */
export { createPortalTestDatabases } from './portalTestDatabases';
export {
  POSTGRES_ENV,
  requirePostgresConnectionString,
} from './requirePostgres';
export { requireServiceEnv } from './requireServiceEnv';
export { describeOnBothDatabases } from './describeOnBothDatabases';
export { expectValidEntity } from './expectValidEntity';
export { grantedAuth, type TestGrants } from './grantedAuth';
export { asUser, createRouterTestApp } from './createRouterTestApp';
export { actionContext } from './actionContext';
