import { ResolvedConnection } from '@internal/plugin-data-catalog-node';
import { Client } from 'pg';
import { ConnectionProbe, errorMessage } from '../connectionSteps';
import {
  connectableDatabasesQuery,
  countRelationsQuery,
  countSchemasQuery,
  countStatementsQuery,
} from './catalogQueries';
import {
  connectPostgres,
  excludedSchemas,
  maintenanceDatabase,
} from './postgresClient';
import { hasPgStatStatements } from './readStatements';

async function count(client: Client, sql: string, params: unknown[] = []) {
  const { rows } = await client.query<{ count: number }>(sql, params);
  return rows[0].count;
}

/**
 * A connection test: connects to the first database, then reaches every database the source
 * reads and counts what a sync would see in each. Clients stay open
 * across steps and are all closed at the end.
 */
export async function openPostgresProbe(
  connection: ResolvedConnection,
): Promise<ConnectionProbe> {
  const configured = connection.databases ?? [];
  const first = configured[0] ?? maintenanceDatabase;
  const clients = new Map([[first, await connectPostgres(connection, first)]]);
  const params = [excludedSchemas(connection)];
  const sumOver = async (sql: string) => {
    let total = 0;
    for (const client of clients.values()) {
      total += await count(client, sql, params);
    }
    return total;
  };
  return {
    async databases() {
      const names = configured.length
        ? configured
        : (await clients.get(first)!.query(connectableDatabasesQuery)).rows.map(
            row => row.name as string,
          );
      const failures: string[] = [];
      for (const name of names.filter(n => !clients.has(n))) {
        try {
          clients.set(name, await connectPostgres(connection, name));
        } catch (error) {
          failures.push(`${name}: ${errorMessage(error)}`);
        }
      }
      if (failures.length > 0) {
        throw new Error(`Cannot read ${failures.join('; ')}`);
      }
      // The maintenance database may only have served to list the others.
      for (const [name, client] of clients) {
        if (!names.includes(name)) {
          clients.delete(name);
          await client.end().catch(() => {});
        }
      }
      return names.length;
    },
    schemas: () => sumOver(countSchemasQuery),
    tables: () => sumOver(countRelationsQuery(['r', 'p', 'f'])),
    views: () => sumOver(countRelationsQuery(['v', 'm'])),
    queries: () => countStatements(clients),
    async close() {
      await Promise.all(
        [...clients.values()].map(c => c.end().catch(() => {})),
      );
    },
  };
}

async function countStatements(clients: Map<string, Client>) {
  let total = 0;
  const without: string[] = [];
  for (const [name, client] of clients) {
    if (await hasPgStatStatements(client)) {
      total += await count(client, countStatementsQuery);
    } else {
      without.push(name);
    }
  }
  const detail = without.length
    ? `pg_stat_statements is not installed in ${without.join(', ')}`
    : undefined;
  return { count: total, detail, skipped: without.length === clients.size };
}
