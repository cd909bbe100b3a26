import {
  SchemaChangeEvent,
  SchemaChangeSeverity,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { toIso } from '../assets/dbValues';

export type SchemaChangeQuery = {
  sourceId?: string;
  entityRef?: string;
  severity?: SchemaChangeSeverity;
  /** Narrows to sources a conditional decision allows (over `sources`). */
  sourceFilter?: (qb: Knex.QueryBuilder) => void;
  limit: number;
  offset: number;
};

/** Schema change events, newest first. */
export async function listSchemaChanges(
  knex: Knex,
  query: SchemaChangeQuery,
): Promise<{ items: SchemaChangeEvent[]; totalCount: number }> {
  const base = knex('schema_changes');
  if (query.sourceId) base.where('source_id', query.sourceId);
  if (query.entityRef) base.where('entity_ref', query.entityRef);
  if (query.severity) base.where('severity', query.severity);
  const sourceFilter = query.sourceFilter;
  if (sourceFilter) {
    base.whereIn(
      'source_id',
      knex('sources').select('id').modify(sourceFilter),
    );
  }
  const [{ count }] = await base.clone().count({ count: '*' });
  const rows = await base
    .select('*')
    .orderBy('detected_at', 'desc')
    .orderBy('id')
    .limit(query.limit)
    .offset(query.offset);
  return {
    totalCount: Number(count),
    items: rows.map(row => ({
      id: row.id,
      sourceId: row.source_id,
      syncId: row.sync_id,
      entityRef: row.entity_ref,
      ...(row.column_name && { column: row.column_name }),
      change: row.change,
      severity: row.severity,
      ...(row.before !== null && { before: row.before }),
      ...(row.after !== null && { after: row.after }),
      detectedAt: toIso(row.detected_at)!,
    })),
  };
}
