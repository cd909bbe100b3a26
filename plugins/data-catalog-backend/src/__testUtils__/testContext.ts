import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  createRouteAuthorizer,
  DecisionJournal,
} from '@internal/plugin-authz-node';
import express from 'express';
import { ConnectorRegistry } from '../connectors/ConnectorRegistry';
import { applyDatabaseMigrations } from '../database/migrations';
import { SqlLineageStore } from '../lineage/SqlLineageStore';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { builtInConnectors } from '../connectors/builtInConnectors';

/**
 * Permissions a test grants: a name → ALLOW, or the full decision (e.g. a
 * CONDITIONAL one for a resource permission). Everything else is DENY.
 */
export type TestGrants = Record<string, true | PolicyDecision>;

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
  const httpAuth = mockServices.httpAuth({
    defaultCredentials: mockCredentials.none(),
  });
  const decide = (name: string): PolicyDecision => {
    const grant = grants[name];
    if (grant === true) return { result: AuthorizeResult.ALLOW };
    return grant ?? { result: AuthorizeResult.DENY };
  };
  const permissions = mockServices.permissions.mock({
    authorize: async requests =>
      requests.map(request => {
        const decision = decide(request.permission.name);
        // A resource check of a conditional grant: tests that need the
        // rules applied use authorizeConditional instead.
        return {
          result:
            decision.result === AuthorizeResult.DENY
              ? AuthorizeResult.DENY
              : AuthorizeResult.ALLOW,
        };
      }),
    authorizeConditional: async requests =>
      requests.map(request => decide(request.permission.name)) as any,
  });
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
  return express().use(express.json()).use(router).use(mockErrorHandler());
}

/** Header of a signed-in user for supertest (mock credentials). */
export function asUser(userEntityRef = 'user:default/alice') {
  return {
    Authorization: mockCredentials.user.header(userEntityRef),
  };
}
