import { LoggerService } from '@backstage/backend-plugin-api';
import { QuerySnapshot, TableKey } from '@internal/plugin-data-catalog-node';
import { Client } from 'pg';
import { withQueryTables } from '../snapshotAssembly';
import { TableIndex } from '../TableIndex';
import { hasPgStatStatementsQuery, statementsQuery } from './catalogQueries';

type StatementRow = {
  query_id: string;
  query: string;
  calls: number;
  total_ms: number;
  rows: number;
  user_name: string | null;
};

export async function hasPgStatStatements(client: Client): Promise<boolean> {
  const { rows } = await client.query<{ found: number }>(
    hasPgStatStatementsQuery,
  );
  return rows[0].found > 0;
}

/**
 * The query history of the current database from pg_stat_statements, or
 * undefined when the extension is absent or unreadable: history is an
 * extra, so its absence never fails the read of the database.
 */
export async function readStatements(
  client: Client,
  database: string,
  tables: TableKey[],
  logger: LoggerService,
): Promise<QuerySnapshot[] | undefined> {
  try {
    if (!(await hasPgStatStatements(client))) return undefined;
    const { rows } = await client.query<StatementRow>(statementsQuery);
    const queries = rows.map(row => ({
      queryId: `${database}:${row.query_id}`,
      database,
      text: row.query,
      calls: row.calls,
      totalTimeMs: row.total_ms,
      rows: row.rows,
      user: row.user_name ?? undefined,
    }));
    // Unqualified names resolve like the default search_path "$user", public.
    return withQueryTables(
      queries,
      new TableIndex(tables, 'postgresql'),
      query => ({
        database,
        defaultSchemas: query.user ? [query.user, 'public'] : ['public'],
      }),
    );
  } catch (error) {
    logger.warn(
      `Could not read pg_stat_statements of database ${database}: ${error}`,
    );
    return undefined;
  }
}
