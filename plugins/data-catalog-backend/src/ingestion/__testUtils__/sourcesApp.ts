import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { createSourceRequestSchema } from '@internal/plugin-data-catalog-common';
import {
  createTestApp,
  createTestContext,
  TestGrants,
} from '../../__testUtils__/testContext';
import { createSourcesRouter } from '../createSourcesRouter';
import { SourcesStore } from '../SourcesStore';

export const READ = 'data-catalog.source.read';
export const MANAGE = 'data-catalog.source.manage';

/** A valid create request body, fields replaced by `overrides`. */
export const sourceBody = (overrides: object = {}) => ({
  id: 'warehouse',
  title: 'Warehouse',
  platform: 'postgresql',
  owner: 'group:default/data-team',
  schedule: '0 2 * * *',
  connection: {
    host: 'db.example.com',
    port: 5432,
    user: 'reader',
    passwordRef: 'env:WAREHOUSE_PASSWORD',
  },
  ...overrides,
});

/** The same as a parsed request, for writing through the store. */
export const sourceRequest = (overrides: object = {}) =>
  createSourceRequestSchema.parse(sourceBody(overrides));

/** A source decision that holds for sources of this owner only. */
export const ownerCondition = (owner: string): PolicyDecision => ({
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'data-catalog',
  resourceType: 'data-catalog-source',
  conditions: {
    rule: 'HAS_OWNER',
    resourceType: 'data-catalog-source',
    params: { values: [owner] },
  },
});

/** Makes the sources router in a test app with the given grants. */
export function sourcesApps(databases: TestDatabases) {
  return async (databaseId: TestDatabaseId, grants: TestGrants) => {
    const context = await createTestContext(databases, databaseId, grants);
    const app = createTestApp(await createSourcesRouter(context));
    return { context, app, store: new SourcesStore(context.knex) };
  };
}
