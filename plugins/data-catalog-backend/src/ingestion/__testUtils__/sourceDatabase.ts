import { SourceConnection } from '@internal/plugin-data-catalog-common';
import { requireServiceEnv } from '@internal/testing';
import knexFactory from 'knex';
import {
  createThrowawayDatabase,
  sourceConnection as oneDatabase,
} from '../../assets/__testUtils__/throwawayPostgres';

/** A throwaway database on the test PostgreSQL, the source a sync reads. */
export type SourceDatabase = {
  name: string;
  exec(sql: string): Promise<void>;
  drop(): Promise<void>;
};

/** Runs statements in the database, as a source changes between syncs. */
async function exec(database: string, sql: string) {
  const env = (name: string) => requireServiceEnv('postgres', name);
  const client = knexFactory({
    client: 'pg',
    connection: {
      host: env('PGHOST'),
      port: Number(env('PGPORT')),
      user: env('PGUSER'),
      password: env('PGPASSWORD'),
      database,
    },
  });
  try {
    await client.raw(sql);
  } finally {
    await client.destroy();
  }
}

export async function createSourceDatabase(
  sql: string,
): Promise<SourceDatabase> {
  const { database, drop } = await createThrowawayDatabase(sql);
  return {
    name: database,
    exec: statements => exec(database, statements),
    drop,
  };
}

/** A connection to these databases, the password by reference. */
export function sourceConnection(databases: string[]): SourceConnection {
  return { ...oneDatabase(databases[0]), databases };
}
