/**
 * The PostgreSQL that `npm test` starts (scripts/services) is passed in by
 * this variable. Suites fail rather than skip without it, so a run that
 * forgot the database cannot pass unnoticed.
 */
export const POSTGRES_ENV = 'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';

export function requirePostgresConnectionString(): string {
  const value = process.env[POSTGRES_ENV];
  if (!value) {
    throw new Error(
      `${POSTGRES_ENV} is not set: run the suite through \`npm test\`, or ` +
        '`eval "$(scripts/services env postgres)"` after `scripts/services up postgres`',
    );
  }
  return value.replace(/\/$/, '');
}
