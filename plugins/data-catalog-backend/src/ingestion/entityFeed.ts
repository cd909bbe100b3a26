import {
  EntityFeedEntry,
  EntityFeedPage,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { insertRows } from './bulkWrite';
import { buildEntities } from './feedEntities';

export type EntityFeedOp = 'upsert' | 'delete';

/**
 * Queues catalog entities to re-emit (`upsert`, built from the current
 * rows when read) or remove. Pass the caller's transaction so the entries
 * commit with the change they describe.
 */
export async function appendEntityFeed(
  db: Knex | Knex.Transaction,
  entityRefs: string[],
  op: EntityFeedOp,
): Promise<void> {
  if (entityRefs.length === 0) return;
  await insertRows(
    db,
    'entity_feed',
    entityRefs.map(entity_ref => ({ entity_ref, op })),
  );
}

/** Queues every asset of a source at once (`INSERT … SELECT`). */
export async function appendSourceAssetsToFeed(
  db: Knex | Knex.Transaction,
  sourceId: string,
  op: EntityFeedOp,
): Promise<void> {
  await db
    .into(db.raw('?? (??, ??)', ['entity_feed', 'entity_ref', 'op']))
    .insert(
      db('assets')
        .select('entity_ref', db.raw('?', [op]))
        .where('source_id', sourceId)
        .orderBy('entity_ref'),
    );
}

export async function entityFeedHead(knex: Knex): Promise<number> {
  const row = await knex('entity_feed').max({ seq: 'seq' }).first();
  return Number(row?.seq ?? 0);
}

/**
 * Entries after `afterSeq`, at most `limit` rows read. A ref that occurs
 * more than once in the page is given once, at its last seq, with its last
 * op; upserts carry the entity as it is now, and an upsert whose asset is
 * gone by now is skipped (its delete follows in the feed).
 */
export async function readEntityFeed(
  knex: Knex,
  afterSeq: number,
  limit: number,
): Promise<EntityFeedPage> {
  const rows: { seq: number | string; entity_ref: string; op: EntityFeedOp }[] =
    await knex('entity_feed')
      .select('seq', 'entity_ref', 'op')
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(limit);
  const latest = new Map<string, { seq: number; op: EntityFeedOp }>();
  for (const row of rows) {
    latest.set(row.entity_ref, { seq: Number(row.seq), op: row.op });
  }
  const upserts = [...latest].filter(([, e]) => e.op === 'upsert');
  const entities = await buildEntities(
    knex,
    upserts.map(([ref]) => ref),
  );
  const entries: EntityFeedEntry[] = [];
  for (const [entityRef, { seq, op }] of latest) {
    if (op === 'delete') {
      entries.push({ seq, op, entityRef });
      continue;
    }
    const entity = entities.get(entityRef);
    if (entity) entries.push({ seq, op, entityRef, entity });
  }
  entries.sort((a, b) => a.seq - b.seq);
  // The last seq read, so a reader whose page was all skips still advances.
  const lastSeq = rows.length ? Number(rows[rows.length - 1].seq) : afterSeq;
  return {
    entries,
    headSeq: Math.max(await entityFeedHead(knex), lastSeq),
    lastSeq,
  };
}

/** The seq a consumer has acknowledged, 0 when it never did. */
export async function readFeedCursor(
  knex: Knex,
  consumer: string,
): Promise<number> {
  const row = await knex('entity_feed_cursors').where({ consumer }).first();
  return Number(row?.seq ?? 0);
}

export async function ackFeedCursor(
  knex: Knex,
  consumer: string,
  seq: number,
): Promise<void> {
  await knex('entity_feed_cursors')
    .insert({ consumer, seq, updated_at: new Date() })
    .onConflict('consumer')
    .merge(['seq', 'updated_at']);
}

/**
 * Deletes feed rows every consumer has read that a later row for the same
 * ref supersedes: the latest op per ref stays, so a new consumer can still
 * rebuild everything from seq 0. Without consumers, every superseded row
 * goes. Returns the number of rows deleted.
 */
export async function compactEntityFeed(knex: Knex): Promise<number> {
  const cursor = await knex('entity_feed_cursors').min({ seq: 'seq' }).first();
  const below =
    cursor?.seq === null || cursor?.seq === undefined
      ? Number.MAX_SAFE_INTEGER
      : Number(cursor.seq);
  return knex('entity_feed')
    .where('seq', '<=', below)
    .whereExists(
      knex('entity_feed as later')
        .select(knex.raw('1'))
        .whereRaw('later.entity_ref = entity_feed.entity_ref')
        .whereRaw('later.seq > entity_feed.seq'),
    )
    .delete();
}
