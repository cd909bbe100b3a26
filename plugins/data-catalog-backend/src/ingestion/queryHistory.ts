import { QuerySnapshot } from '@internal/plugin-data-catalog-node';
import { Knex } from 'knex';
import { deleteWhereIn, insertRows, upsertRows } from './bulkWrite';
import { tableRef } from './assetRefs';

/**
 * Upserts the statements a read saw into `queries` and replaces the tables
 * each names in `query_tables`, in one transaction. Statements no longer
 * reported (the source reset its statistics) stay as history.
 */
export async function writeQueryHistory(
  knex: Knex,
  sourceId: string,
  queries: QuerySnapshot[],
): Promise<number> {
  const unique = [...new Map(queries.map(q => [q.queryId, q])).values()];
  if (unique.length === 0) return 0;
  const now = new Date();
  const tables = unique.flatMap(query =>
    [...new Set(query.tables.map(t => tableRef(sourceId, t)))].map(ref => ({
      source_id: sourceId,
      query_id: query.queryId,
      entity_ref: ref,
    })),
  );
  await knex.transaction(async trx => {
    await upsertRows(
      trx,
      'queries',
      unique.map(query => ({
        source_id: sourceId,
        query_id: query.queryId,
        database_name: query.database,
        text: query.text,
        calls: query.calls,
        total_time_ms: query.totalTimeMs,
        rows: query.rows,
        user_name: query.user ?? null,
        last_seen_at: now,
      })),
      ['source_id', 'query_id'],
      [
        'database_name',
        'text',
        'calls',
        'total_time_ms',
        'rows',
        'user_name',
        'last_seen_at',
      ],
    );
    await deleteWhereIn(
      trx,
      'query_tables',
      'query_id',
      unique.map(q => q.queryId),
      { source_id: sourceId },
    );
    await insertRows(trx, 'query_tables', tables);
  });
  return unique.length;
}
