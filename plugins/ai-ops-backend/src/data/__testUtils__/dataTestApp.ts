import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { EventParams } from '@backstage/plugin-events-node';
import {
  AI_OPS_TOPICS,
  aiOpsConnectionReadPermission,
  aiOpsConnectionUpdatePermission,
  aiOpsDatasetReadPermission,
  aiOpsDatasetUpdatePermission,
} from '@internal/plugin-ai-ops-common';
import { JsonObject } from '@backstage/types';
import {
  createTestApp,
  createTestWorkspace,
} from '../../__testUtils__/testContext';
import { migratedTestContext } from '../../__testUtils__/migratedTestContext';
import { createDataRouter } from '../createDataRouter';

/** Every data permission, for tests about something else than access. */
export const ALL_DATA_PERMISSIONS = [
  aiOpsConnectionReadPermission,
  aiOpsConnectionUpdatePermission,
  aiOpsDatasetReadPermission,
  aiOpsDatasetUpdatePermission,
].map(permission => permission.name);

/**
 * The data router on a migrated database with workspaces `ml` and
 * `forecasting`, every data permission granted (tests take some away), and
 * the events it publishes collected.
 */
export async function dataTestApp(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  config?: JsonObject,
) {
  const test = await migratedTestContext(databases, databaseId, { config });
  const { knex } = test;
  for (const name of ALL_DATA_PERMISSIONS) test.grants[name] = true;
  const workspace = await createTestWorkspace(knex, { name: 'ml' });
  await createTestWorkspace(knex, { name: 'forecasting' });
  const published: EventParams[] = [];
  await test.context.events.subscribe({
    id: 'test',
    topics: [
      AI_OPS_TOPICS.datasetVersionCreated,
      AI_OPS_TOPICS.entitiesChanged,
    ],
    onEvent: async event => {
      published.push(event);
    },
  });
  const app = createTestApp(await createDataRouter(test.context));
  return { ...test, app, workspace, published };
}
