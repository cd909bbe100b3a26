import { ActivityEntry } from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { toIso } from './rows';

export type ActivityInput = {
  type: ActivityEntry['type'];
  entityRef?: string;
  actor?: string;
  summary: string;
};

/** Appends one entry to the activity feed (inside the caller's transaction). */
export async function recordActivity(
  db: Knex | Knex.Transaction,
  entry: ActivityInput,
): Promise<void> {
  await db('activity').insert({
    type: entry.type,
    entity_ref: entry.entityRef ?? null,
    actor: entry.actor ?? null,
    summary: entry.summary,
    at: new Date(),
  });
}

export type ListActivityOptions = {
  entityRef?: string;
  limit: number;
  /** The id of the last entry of the previous page. */
  before?: string;
  /**
   * Restricts entries about an entity to the assets this filter keeps (a
   * conditional read decision); entries about no entity stay visible.
   */
  assetFilter?: (qb: Knex.QueryBuilder) => void;
};

/** Newest first; ids grow with insertion, so they double as the cursor. */
export async function listActivity(
  knex: Knex,
  options: ListActivityOptions,
): Promise<ActivityEntry[]> {
  const query = knex('activity')
    .select('id', 'type', 'entity_ref', 'actor', 'summary', 'at')
    .orderBy('id', 'desc')
    .limit(options.limit);
  if (options.entityRef) query.where('entity_ref', options.entityRef);
  if (options.before) query.where('id', '<', options.before);
  const assetFilter = options.assetFilter;
  if (assetFilter) {
    query.where(visible =>
      visible
        .whereNull('entity_ref')
        .orWhereIn('entity_ref', readable =>
          readable
            .select('assets.entity_ref')
            .from('assets')
            .modify(assetFilter),
        ),
    );
  }
  const rows = await query;
  return rows.map(row => ({
    id: String(row.id),
    type: row.type,
    entityRef: row.entity_ref ?? undefined,
    actor: row.actor ?? undefined,
    summary: row.summary,
    at: toIso(row.at),
  }));
}
