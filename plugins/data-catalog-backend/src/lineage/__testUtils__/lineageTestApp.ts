import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import express from 'express';
import { insertSource } from '../../assets/__testUtils__/assetFixtures';
import { createTestContext, routeAuth } from '../../__testUtils__/testContext';
import { createLineageRouter } from '../createLineageRouter';

/** Sources whose namespaces hold data-catalog tables in these tests. */
export const TEST_SOURCES = ['sales', 'hr'];

/**
 * The lineage router on a test database, with per-resource decisions:
 * a user is allowed exactly the `"<permission> <resourceRef>"` grants;
 * a service principal everything, as Backstage's permission client does
 * for services without access restrictions.
 */
export async function createLineageTestApp(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  grants: string[] = [],
) {
  const base = await createTestContext(databases, databaseId);
  for (const id of TEST_SOURCES) {
    await insertSource(base.knex, { id, owner: 'group:default/data' });
  }
  const permissions = mockServices.permissions.mock({
    authorize: async (requests, options) =>
      requests.map(request => {
        const isService =
          !!options && base.auth.isPrincipal(options.credentials, 'service');
        const grant = `${request.permission.name} ${
          'resourceRef' in request ? request.resourceRef : ''
        }`.trim();
        return {
          result:
            isService || grants.includes(grant)
              ? AuthorizeResult.ALLOW
              : AuthorizeResult.DENY,
        };
      }),
  });
  // Service tokens are addressed to the data-catalog plugin.
  const httpAuth = mockServices.httpAuth({
    pluginId: 'data-catalog',
    defaultCredentials: mockCredentials.none(),
  });
  const context = { ...base, ...routeAuth(httpAuth, permissions) };
  // The plugin's JSON limit (service/router.ts): 1000 edges exceed express'
  // default 100kb.
  const app = express()
    .use(express.json({ limit: '2mb' }))
    .use(await createLineageRouter(context))
    .use(mockErrorHandler());
  return { context, app };
}

/** Header of another plugin's service principal calling data-catalog. */
export function asPlugin(pluginId = 'ai-ops') {
  return {
    Authorization: mockCredentials.service.header({
      onBehalfOf: mockCredentials.service(`plugin:${pluginId}`),
      targetPluginId: 'data-catalog',
    }),
  };
}
