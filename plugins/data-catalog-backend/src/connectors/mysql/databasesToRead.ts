import { ResolvedConnection } from '@internal/plugin-data-catalog-node';
import { Connection } from 'mysql2/promise';
import { visibleDatabasesQuery } from './informationSchemaQueries';
import { excludedDatabases, selectRows } from './mysqlConnection';

/**
 * The databases a source reads: those configured (or every visible one),
 * split into those the user can see and those it cannot.
 */
export async function databasesToRead(
  client: Connection,
  connection: ResolvedConnection,
): Promise<{ readable: string[]; missing: string[] }> {
  const excluded = excludedDatabases(connection);
  const visible = (
    await selectRows<{ name: string }>(client, visibleDatabasesQuery, [
      excluded,
    ])
  ).map(row => row.name);
  const configured = (connection.databases ?? []).filter(
    name => !excluded.includes(name),
  );
  if (configured.length === 0) return { readable: visible, missing: [] };
  return {
    readable: configured.filter(name => visible.includes(name)),
    missing: configured.filter(name => !visible.includes(name)),
  };
}
