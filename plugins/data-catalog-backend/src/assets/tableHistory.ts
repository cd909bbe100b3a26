import {
  Page,
  QueryHistoryEntry,
  SchemaChangeEvent,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { z } from 'zod';
import { toIso } from './dbValues';

export const historyPageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Opaque for clients: where the previous page ended. */
  cursor: z
    .string()
    .regex(/^\d{1,9}$/, 'a cursor from the previous page')
    .optional(),
});
export type HistoryPage = z.infer<typeof historyPageSchema>;

/** Offset paging: these lists are short per table and change rarely. */
async function pageOf<T>(
  query: Knex.QueryBuilder,
  page: HistoryPage,
  toItem: (row: any) => T,
): Promise<Page<T>> {
  const offset = Number(page.cursor ?? 0);
  const [rows, [{ n }]] = await Promise.all([
    query
      .clone()
      .offset(offset)
      .limit(page.limit + 1),
    query.clone().clearSelect().clearOrder().count({ n: '*' }),
  ]);
  const items = rows.slice(0, page.limit).map(toItem);
  return {
    items,
    totalCount: Number(n),
    ...(rows.length > page.limit
      ? { nextCursor: String(offset + page.limit) }
      : {}),
  };
}

/** Recorded queries naming the table, most called first. */
export function listTableQueries(
  knex: Knex,
  entityRef: string,
  page: HistoryPage,
): Promise<Page<QueryHistoryEntry>> {
  const query = knex('queries as q')
    .join('query_tables as qt', join =>
      join.on('qt.source_id', 'q.source_id').andOn('qt.query_id', 'q.query_id'),
    )
    .where('qt.entity_ref', entityRef)
    .select('q.*')
    .orderBy([
      { column: 'q.calls', order: 'desc' },
      { column: 'q.query_id', order: 'asc' },
    ]);
  return pageOf(query, page, row => {
    const calls = Number(row.calls);
    const totalTimeMs = Number(row.total_time_ms);
    return {
      queryId: row.query_id,
      sourceId: row.source_id,
      text: row.text,
      calls,
      totalTimeMs,
      meanTimeMs: calls > 0 ? totalTimeMs / calls : 0,
      rows: Number(row.rows),
      lastSeenAt: toIso(row.last_seen_at)!,
      ...(row.user_name ? { user: row.user_name } : {}),
    };
  });
}

/** Schema changes detected on the table, newest first. */
export function listTableChanges(
  knex: Knex,
  entityRef: string,
  page: HistoryPage,
): Promise<Page<SchemaChangeEvent>> {
  const query = knex('schema_changes')
    .where('entity_ref', entityRef)
    .select('*')
    .orderBy([
      { column: 'detected_at', order: 'desc' },
      { column: 'id', order: 'asc' },
    ]);
  return pageOf(query, page, row => ({
    id: row.id,
    sourceId: row.source_id,
    syncId: row.sync_id,
    entityRef: row.entity_ref,
    ...(row.column_name ? { column: row.column_name } : {}),
    change: row.change,
    severity: row.severity,
    ...(row.before !== null ? { before: row.before } : {}),
    ...(row.after !== null ? { after: row.after } : {}),
    detectedAt: toIso(row.detected_at)!,
  }));
}
