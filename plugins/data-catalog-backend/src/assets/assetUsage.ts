import { Knex } from 'knex';
import { chunked } from './dbValues';

/** The `asset_views.day` of `days` ago (UTC), e.g. '2026-11-28'. */
export function dayKey(daysAgo = 0, now = new Date()): string {
  return new Date(now.getTime() - daysAgo * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** Portal views per table over the last `days` days, today included. */
export function viewsSince(knex: Knex, days: number) {
  return knex('asset_views')
    .where('day', '>', dayKey(days))
    .groupBy('entity_ref')
    .select('entity_ref', knex.raw('sum(views) as views'));
}

export type AssetUsage = { views30d: number; queryCount: number };

/** Views in 30 days and the number of recorded queries naming each table. */
export async function loadUsage(
  knex: Knex,
  refs: string[],
): Promise<Map<string, AssetUsage>> {
  const usage = new Map<string, AssetUsage>(
    refs.map(ref => [ref, { views30d: 0, queryCount: 0 }]),
  );
  for (const chunk of chunked(refs)) {
    const views = await viewsSince(knex, 30).whereIn('entity_ref', chunk);
    for (const row of views)
      usage.get(row.entity_ref)!.views30d = Number(row.views);
    const queries = await knex('query_tables')
      .whereIn('entity_ref', chunk)
      .groupBy('entity_ref')
      .select('entity_ref', knex.raw('count(*) as n'));
    for (const row of queries)
      usage.get(row.entity_ref)!.queryCount = Number(row.n);
  }
  return usage;
}
