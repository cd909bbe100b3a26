import { ResolvedConnection } from '@internal/plugin-data-catalog-node';
import { Client } from 'pg';
import { withClient } from '../withClient';

/** Catalog reads of a large database may take minutes; samples may not. */
export const catalogStatementTimeoutMs = 5 * 60_000;
export const sampleStatementTimeoutMs = 30_000;

/** Where a connection without a database list starts: the maintenance db. */
export const maintenanceDatabase = 'postgres';

export async function connectPostgres(
  connection: ResolvedConnection,
  database: string,
  statementTimeoutMs: number = catalogStatementTimeoutMs,
): Promise<Client> {
  const client = new Client({
    host: connection.host,
    port: connection.port,
    user: connection.user,
    password: connection.password,
    database,
    ssl: connection.ssl,
    application_name: 'backstage-data-catalog',
    connectionTimeoutMillis: 15_000,
    statement_timeout: statementTimeoutMs,
  });
  // An error event on an idle client would otherwise crash the process.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  return client;
}

/** Runs `use` on a client of `database`, always closing it. */
export function withPostgres<T>(
  connection: ResolvedConnection,
  database: string,
  use: (client: Client) => Promise<T>,
  statementTimeoutMs?: number,
): Promise<T> {
  return withClient(
    () => connectPostgres(connection, database, statementTimeoutMs),
    use,
  );
}

/** Double-quotes an identifier, doubling embedded quotes. */
export function quotePgIdentifier(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/** The system schemas plus those the source excludes. */
export function excludedSchemas(connection: ResolvedConnection): string[] {
  return [
    'pg_catalog',
    'information_schema',
    'pg_toast',
    ...(connection.excludeSchemas ?? []),
  ];
}
