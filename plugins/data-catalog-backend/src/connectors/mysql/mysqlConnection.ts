import { ResolvedConnection } from '@internal/plugin-data-catalog-node';
import { Connection, createConnection } from 'mysql2/promise';
import { withClient } from '../withClient';

/** Catalog reads of a large server may take minutes; samples may not. */
export const catalogQueryTimeoutMs = 5 * 60_000;
export const sampleQueryTimeoutMs = 30_000;

/** The server's own databases, never catalogued. */
const systemDatabases = [
  'mysql',
  'information_schema',
  'performance_schema',
  'sys',
];

export function excludedDatabases(connection: ResolvedConnection): string[] {
  // MySQL has no schema level: excluded schemas are excluded databases.
  return [...systemDatabases, ...(connection.excludeSchemas ?? [])];
}

export async function connectMysql(
  connection: ResolvedConnection,
): Promise<Connection> {
  const client = await createConnection({
    host: connection.host,
    port: connection.port,
    user: connection.user,
    password: connection.password,
    ssl: connection.ssl ? {} : undefined,
    connectTimeout: 15_000,
    // UPDATE_TIME and friends are read as UTC, whatever the server's zone.
    timezone: 'Z',
    supportBigNumbers: true,
  });
  client.on('error', () => {});
  try {
    await client.query("SET time_zone = '+00:00'");
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  return client;
}

/** Runs `use` on a connection, always closing it. */
export function withMysql<T>(
  connection: ResolvedConnection,
  use: (client: Connection) => Promise<T>,
): Promise<T> {
  return withClient(() => connectMysql(connection), use);
}

/** Back-quotes an identifier, doubling embedded back-quotes. */
export function quoteMysqlIdentifier(identifier: string): string {
  return `\`${identifier.replace(/`/g, '``')}\``;
}

/** Rows of a catalog query, typed by the caller. */
export async function selectRows<T>(
  client: Connection,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const [rows] = await client.query(
    { sql, timeout: catalogQueryTimeoutMs },
    params,
  );
  return rows as T[];
}
