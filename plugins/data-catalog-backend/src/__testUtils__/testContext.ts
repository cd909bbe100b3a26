import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import {
  createRouteAuthorizer,
  DecisionJournal,
} from '@internal/plugin-authz-node';
import {
  createRouterTestApp,
  grantedAuth,
  TestGrants,
} from '@internal/testing';
import express from 'express';
import { ConnectorRegistry } from '../connectors/ConnectorRegistry';
import { applyDatabaseMigrations } from '../database/migrations';
import { SqlLineageStore } from '../lineage/SqlLineageStore';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { builtInConnectors } from '../connectors/builtInConnectors';

export { asUser, type TestGrants } from '@internal/testing';

/** The auth parts of a context, its route authorizer over these services. */
export function routeAuth(
  httpAuth: HttpAuthService,
  permissions: PermissionsService,
) {
  return {
    httpAuth,
    permissions,
    authorize: createRouteAuthorizer({
      httpAuth,
      permissions,
      journal: new DecisionJournal(),
    }),
  };
}

/**
 * A DataCatalogContext on a migrated test database behind mock auth: a
 * request without credentials is unauthenticated (401), and only `grants`
 * are allowed. Conditional decisions apply through `authorizeConditional`.
 */
export async function createTestContext(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  grants: TestGrants = {},
): Promise<DataCatalogContext & { grants: TestGrants }> {
  const knex = await databases.init(databaseId);
  await applyDatabaseMigrations(knex);
  const { httpAuth, permissions } = grantedAuth(grants);
  const connectors = new ConnectorRegistry();
  connectors.add(...builtInConnectors());
  return {
    grants,
    logger: mockServices.logger.mock(),
    config: mockServices.rootConfig(),
    knex,
    auth: mockServices.auth(),
    discovery: mockServices.discovery(),
    ...routeAuth(httpAuth, permissions),
    auditor: mockServices.auditor.mock(),
    events: mockServices.events(),
    scheduler: mockServices.scheduler.mock(),
    connectors,
    lineage: new SqlLineageStore(knex),
  };
}

/** An express app parsing JSON like the plugin's router, with its errors. */
export function createTestApp(router: express.Router) {
  return createRouterTestApp(router);
}
