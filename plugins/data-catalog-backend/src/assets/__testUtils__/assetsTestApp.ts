import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import {
  createTestApp,
  createTestContext,
  TestGrants,
} from '../../__testUtils__/testContext';
import { createAssetsRouter } from '../createAssetsRouter';

/** The assets router on a fresh test database, seeded by `seed`. */
export async function createAssetsTestApp<T>(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  grants: TestGrants,
  seed: (context: Awaited<ReturnType<typeof createTestContext>>) => Promise<T>,
) {
  const context = await createTestContext(databases, databaseId, grants);
  const seeded = await seed(context);
  const app = createTestApp(await createAssetsRouter(context));
  return { context, app, seeded };
}
