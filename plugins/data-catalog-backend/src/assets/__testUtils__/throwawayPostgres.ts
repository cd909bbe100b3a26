import { requireServiceEnv } from '@internal/testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const env = (name: string) => requireServiceEnv('postgres', name);

/** The test PostgreSQL's server as a source connection (password by env). */
export function sourceConnection(database: string) {
  return {
    host: env('PGHOST'),
    port: Number(env('PGPORT')),
    user: env('PGUSER'),
    passwordRef: 'env:PGPASSWORD',
    databases: [database],
    excludeSchemas: [],
    ssl: false,
  };
}

async function run(database: string, sql: string) {
  const client = new Client({
    host: env('PGHOST'),
    port: Number(env('PGPORT')),
    user: env('PGUSER'),
    password: env('PGPASSWORD'),
    database,
  });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A real database to profile, created with `sql` and dropped by the
 * returned function (for afterAll).
 */
export async function createThrowawayDatabase(sql: string) {
  const database = `dc_profile_${randomBytes(4).toString('hex')}`;
  await run('postgres', `CREATE DATABASE ${database}`);
  await run(database, sql);
  return {
    database,
    drop: () =>
      run('postgres', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
  };
}
