import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { applyDatabaseMigrations } from '../database/migrations';
import { createTestContext } from './testContext';

/** A fresh test database, migrated, and a test context on it. */
export async function migratedTestContext(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  options?: Parameters<typeof createTestContext>[1],
) {
  const knex = await databases.init(databaseId);
  await applyDatabaseMigrations(knex);
  return { ...(await createTestContext(knex, options)), knex };
}
