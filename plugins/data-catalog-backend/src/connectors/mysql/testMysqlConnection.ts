import { ConnectionStep } from '@internal/plugin-data-catalog-common';
import { ResolvedConnection } from '@internal/plugin-data-catalog-node';
import { Connection } from 'mysql2/promise';
import { errorMessage, runConnectionSteps } from '../connectionSteps';
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
 * Checks a connection step by step on one server connection: every
 * database the source reads must be visible; MySQL databases double as
 * the schema level, so both steps count them.
 */
export async function testMysqlConnection(
  connection: ResolvedConnection,
): Promise<ConnectionStep[]> {
  let client: Connection | undefined;
  let names: string[] = [];
  try {
    return await runConnectionSteps([
      [
        'connect',
        async () => {
          client = await connectMysql(connection);
        },
      ],
      [
        'databases',
        async () => {
          const { readable, missing } = await databasesToRead(
            client!,
            connection,
          );
          if (missing.length > 0) {
            throw new Error(
              `Databases not found or not visible: ${missing.join(', ')}`,
            );
          }
          names = readable;
          return { count: names.length };
        },
      ],
      ['schemas', async () => ({ count: names.length })],
      [
        'tables',
        async () => ({ count: await count(client!, countTablesQuery, names) }),
      ],
      [
        'views',
        async () => ({ count: await count(client!, countViewsQuery, names) }),
      ],
      ['queries', () => countDigests(client!)],
    ]);
  } finally {
    await client?.end().catch(() => {});
  }
}
