import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { authzPermissions } from '@internal/plugin-authz-common';
import { DecisionJournal } from '@internal/plugin-authz-node';
import express from 'express';
import { createPapTestDatabase } from '../../../database/__testUtils__/papTestDatabase';
import { createRouteAuthorizer } from '../../authorize';
import { AuthzRouterContext } from '../../AuthzRouterContext';
import { createPapRouter } from '..';

export const adminRef = 'user:default/admin';
/** Headers of a signed-in admin; a request without them is anonymous. */
export const asAdmin = { Authorization: mockCredentials.user.header(adminRef) };

/**
 * The PAP routes on a migrated database behind mock auth, parsing bodies as
 * the plugin's router does. Only the permissions named in `allowed` (default:
 * all of the Access family's) are granted.
 */
export async function createPapTestApp(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  allowed: string[] = authzPermissions.map(p => p.name),
) {
  const db = await createPapTestDatabase(databases, databaseId);
  const httpAuth = mockServices.httpAuth({
    defaultCredentials: mockCredentials.none(),
  });
  const permissions = mockServices.permissions.mock({
    authorize: async requests =>
      requests.map(request => ({
        result: allowed.includes(request.permission.name)
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      })),
  });
  const context: AuthzRouterContext = {
    logger: mockServices.logger.mock(),
    config: mockServices.rootConfig(),
    auth: mockServices.auth(),
    httpAuth,
    discovery: mockServices.discovery(),
    events: mockServices.events(),
    knex: db.knex,
    authorize: createRouteAuthorizer({
      httpAuth,
      permissions,
      journal: new DecisionJournal(),
    }),
    changes: db.changes,
    pdpData: db.stores.pdpData,
  };
  const app = express()
    .use(express.json())
    .use(express.text({ type: 'text/csv' }))
    .use(createPapRouter(context, db.stores))
    .use(mockErrorHandler());
  return { app, permissions, ...db };
}

/** A user ref as a path segment. */
export const inPath = (ref: string) => encodeURIComponent(ref);
