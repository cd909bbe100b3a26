import { LoggerService } from '@backstage/backend-plugin-api';
import { QuerySnapshot, TableKey } from '@internal/plugin-data-catalog-node';
import { Connection } from 'mysql2/promise';
import { createHash } from 'node:crypto';
import { withQueryTables } from '../snapshotAssembly';
import { TableIndex } from '../TableIndex';
import { statementDigestsQuery } from './informationSchemaQueries';
import { selectRows } from './mysqlConnection';

/**
 * A digest repeats per schema, so the schema is part of the id; an id too
 * long for the catalog's column (100) is hashed instead.
 */
function queryIdOf(db: string | null, digest: string): string {
  const id = db ? `${db}:${digest}` : digest;
  return id.length <= 100 ? id : createHash('sha256').update(id).digest('hex');
}

type DigestRow = {
  digest: string;
  db: string | null;
  text: string;
  calls: string | number;
  total_ms: string | number;
  row_count: string | number;
};

/**
 * The server's statement digests from performance_schema, or undefined
 * when it is off or not granted: history is an extra, so its absence never
 * fails a read.
 */
export async function readStatementDigests(
  client: Connection,
  tables: TableKey[],
  logger: LoggerService,
): Promise<QuerySnapshot[] | undefined> {
  try {
    const rows = await selectRows<DigestRow>(client, statementDigestsQuery);
    const queries = rows.map(row => ({
      queryId: queryIdOf(row.db, row.digest),
      database: row.db ?? '',
      text: row.text,
      calls: Number(row.calls),
      totalTimeMs: Number(row.total_ms),
      rows: Number(row.row_count),
    }));
    // A statement may name tables of any database; unqualified names are
    // those of the database it ran in.
    const resolved = withQueryTables(
      queries,
      new TableIndex(tables, 'mysql'),
      query => ({
        defaultSchemas: query.database ? [query.database] : [],
      }),
    );
    return resolved.map(query => ({
      ...query,
      database: query.database || query.tables[0].database,
    }));
  } catch (error) {
    logger.warn(
      `Could not read performance_schema statement digests: ${error}`,
    );
    return undefined;
  }
}
