import { requireServiceEnv } from './requireServiceEnv';

/**
 * The PostgreSQL that `npm test` starts (scripts/services) is passed in by
 * this variable, the one Backstage's TestDatabases reads for POSTGRES_15.
 */
export const POSTGRES_ENV =
  'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';

/**
 * Returns the test PostgreSQL's connection string, or throws: suites fail
 * rather than skip without it, so a run that forgot the database cannot
 * pass unnoticed.
 */
export function requirePostgresConnectionString(): string {
  return requireServiceEnv('postgres', POSTGRES_ENV).replace(/\/$/, '');
}
