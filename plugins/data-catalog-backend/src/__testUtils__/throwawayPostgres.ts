import { SourceConnection } from '@internal/plugin-data-catalog-common';
import { ResolvedConnection } from '@internal/plugin-data-catalog-node';
import { requireServiceEnv } from '@internal/testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

// The test PostgreSQL of scripts/services: a missing env var fails the test.
const env = (name: string) => requireServiceEnv('postgres', name);

const server = () => ({
  host: env('PGHOST'),
  port: Number(env('PGPORT')),
  user: env('PGUSER'),
});

/** A source on the test PostgreSQL, its password by reference as stored. */
export function sourceConnection(...databases: string[]): SourceConnection {
  return {
    ...server(),
    passwordRef: 'env:PGPASSWORD',
    databases,
    excludeSchemas: [],
    ssl: false,
  };
}

/** The same with the password resolved, as a connector receives it. */
export function resolvedConnection(...databases: string[]): ResolvedConnection {
  const { passwordRef, ...connection } = sourceConnection(...databases);
  return { ...connection, password: env('PGPASSWORD') };
}

/** Runs statements (or one statement with `values`) in a database. */
async function runSql(database: string, sql: string, values?: unknown[]) {
  const password = env('PGPASSWORD');
  const client = new Client({ ...server(), password, database });
  await client.connect();
  try {
    await client.query(sql, values);
  } finally {
    await client.end();
  }
}

/** A database on the test PostgreSQL, the source a test reads. */
export type ThrowawayDatabase = {
  name: string;
  /** Changes it, as a source changes between syncs. */
  run(sql: string, values?: unknown[]): Promise<void>;
  drop(): Promise<void>;
};

/** A database name not taken yet, and how to create and drop it. */
function throwawayDatabase(prefix = 'dc_test') {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  return {
    name,
    run: (sql: string, values?: unknown[]) => runSql(name, sql, values),
    async create(sql: string) {
      await runSql('postgres', `CREATE DATABASE ${name}`);
      await runSql(name, sql);
    },
    drop: () =>
      runSql('postgres', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** A fresh database with a random name, created with `sql`. */
export async function createThrowawayDatabase(
  sql: string,
): Promise<ThrowawayDatabase> {
  const { create, ...database } = throwawayDatabase();
  await create(sql);
  return database;
}

/**
 * One throwaway database for the tests of a file: created with `sql`
 * before them and dropped after.
 */
export function throwawayDatabaseForFile(
  sql: string,
  prefix?: string,
): Omit<ThrowawayDatabase, 'drop'> {
  const { create, drop, ...database } = throwawayDatabase(prefix);
  beforeAll(() => create(sql));
  afterAll(() => drop());
  return database;
}
