import { ResolvedConnection } from '@internal/plugin-data-catalog-node';
import { Connection } from 'mysql2/promise';
import { ConnectionProbe, errorMessage } from '../connectionSteps';
import {
  countStatementDigestsQuery,
  countTablesQuery,
  countViewsQuery,
} from './informationSchemaQueries';
import { connectMysql, selectRows } from './mysqlConnection';
import { databasesToRead } from './databasesToRead';

async function count(client: Connection, sql: string, names?: string[]) {
  if (names?.length === 0) return 0;
  const [row] = await selectRows<{ count: number }>(
    client,
    sql,
    names ? [names] : [],
  );
  return Number(row.count);
}

/** Query history is optional: off or not granted skips the step. */
async function countDigests(client: Connection) {
  const [{ enabled }] = await selectRows<{ enabled: number }>(
    client,
    'SELECT @@performance_schema AS enabled',
  );
  if (!Number(enabled)) {
    return {
      skipped: true,
      detail: 'performance_schema is disabled on the server',
    };
  }
  try {
    return { count: await count(client, countStatementDigestsQuery) };
  } catch (error) {
    return {
      skipped: true,
      detail: `statement digests are not readable: ${errorMessage(error)}`,
    };
  }
}

/**
 * A connection test on one server connection: every database the source reads must be visible;
 * MySQL databases double as the schema level, so both steps count them.
 */
export async function openMysqlProbe(
  connection: ResolvedConnection,
): Promise<ConnectionProbe> {
  const client = await connectMysql(connection);
  let names: string[] = [];
  return {
    async databases() {
      const { readable, missing } = await databasesToRead(client, connection);
      if (missing.length > 0) {
        throw new Error(
          `Databases not found or not visible: ${missing.join(', ')}`,
        );
      }
      names = readable;
      return names.length;
    },
    schemas: async () => names.length,
    tables: () => count(client, countTablesQuery, names),
    views: () => count(client, countViewsQuery, names),
    queries: () => countDigests(client),
    close: () => client.end(),
  };
}
