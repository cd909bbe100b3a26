import { TestDatabases } from '@backstage/backend-test-utils';
import { requirePostgresConnectionString } from './requirePostgres';

/**
 * TestDatabases on SQLite and the real PostgreSQL 15. Backstage's own
 * TestDatabases drops an engine it cannot reach without a word; this one
 * throws instead, so every store really runs on both.
 */
export function createPortalTestDatabases(): TestDatabases {
  requirePostgresConnectionString();
  const databases = TestDatabases.create({
    ids: ['POSTGRES_15', 'SQLITE_3'],
    disableDocker: true,
  });
  if (!databases.supports('POSTGRES_15')) {
    throw new Error('TestDatabases did not take up the POSTGRES_15 connection');
  }
  return databases;
}
