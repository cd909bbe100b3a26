import { SchemaChangeEvent } from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { chunked } from '../assets/dbValues';
import {
  deleteWhereIn,
  insertRows,
  selectWhereIn,
  upsertRows,
} from './bulkWrite';
import { appendEntityFeed } from './entityFeed';
import {
  ComparedAsset,
  DetectedChange,
  detectSchemaChanges,
} from './schemaChanges';
import { ColumnRow, IngestedAsset } from './snapshotAssets';

export type AssetSyncInput = {
  sourceId: string;
  syncId: string;
  assets: IngestedAsset[];
  /** Databases whose read failed: nothing of theirs is removed. */
  unreadDatabases: string[];
  /** False on a source's first ingestion, which records no changes. */
  recordChanges: boolean;
  batchSize: number;
};

export type AssetSyncResult = {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
  /** Added or changed assets whose catalog entity changed too. */
  entityUpserts: number;
  changes: SchemaChangeEvent[];
};

type StoredRow = {
  entity_ref: string;
  kind: string;
  name: string;
  qualified_name: string;
  parent_ref: string | null;
  comment: string | null;
};

/** Every `assets` column a sync writes; `first_seen_at` only on insert. */
const MERGED = [
  'kind',
  'database_name',
  'schema_name',
  'name',
  'qualified_name',
  'parent_ref',
  'comment',
  'row_estimate',
  'size_bytes',
  'last_analyzed_at',
  'last_modified_at',
  'partition_of',
  'view_definition',
  'column_count',
  'content_hash',
  'last_seen_at',
  'changed_at',
];

const ENTITY_FIELDS = [
  'kind',
  'name',
  'qualified_name',
  'parent_ref',
  'comment',
] as const;

async function loadStored(
  db: Knex | Knex.Transaction,
  refs: string[],
): Promise<Map<string, ComparedAsset & { row: StoredRow }>> {
  const rows = await selectWhereIn<StoredRow>(db, refs, part =>
    db('assets')
      .select(
        'entity_ref',
        'kind',
        'name',
        'qualified_name',
        'parent_ref',
        'comment',
      )
      .whereIn('entity_ref', part),
  );
  const columns = await selectWhereIn<ColumnRow>(db, refs, part =>
    db('columns').select('*').whereIn('entity_ref', part).orderBy('ordinal'),
  );
  const stored = new Map(
    rows.map(row => [
      row.entity_ref,
      {
        entityRef: row.entity_ref,
        kind: row.kind,
        comment: row.comment,
        columns: [] as ComparedAsset['columns'],
        row,
      },
    ]),
  );
  for (const column of columns) {
    stored.get(column.entity_ref)?.columns.push({
      ...column,
      nullable: Boolean(column.nullable),
      is_primary_key: Boolean(column.is_primary_key),
    });
  }
  return stored;
}

function toEvents(
  input: AssetSyncInput,
  detected: DetectedChange[],
  detectedAt: Date,
): SchemaChangeEvent[] {
  return detected.map(change => ({
    id: randomUUID(),
    sourceId: input.sourceId,
    syncId: input.syncId,
    ...change,
    detectedAt: detectedAt.toISOString(),
  }));
}

async function insertChanges(
  trx: Knex.Transaction,
  events: SchemaChangeEvent[],
) {
  await insertRows(
    trx,
    'schema_changes',
    events.map(e => ({
      id: e.id,
      source_id: e.sourceId,
      sync_id: e.syncId,
      entity_ref: e.entityRef,
      column_name: e.column ?? null,
      change: e.change,
      severity: e.severity,
      before: e.before ?? null,
      after: e.after ?? null,
      detected_at: new Date(e.detectedAt),
    })),
  );
}

/** Writes one batch of added/changed assets in one transaction. */
async function writeBatch(
  knex: Knex,
  input: AssetSyncInput,
  batch: IngestedAsset[],
  result: AssetSyncResult,
) {
  const now = new Date();
  const refs = batch.map(a => a.row.entity_ref);
  const stored = await loadStored(knex, refs);
  const detected: DetectedChange[] = [];
  const upserts: string[] = [];
  for (const { row, columns } of batch) {
    const before = stored.get(row.entity_ref);
    if (input.recordChanges) {
      detected.push(
        ...detectSchemaChanges(before, {
          entityRef: row.entity_ref,
          kind: row.kind,
          comment: row.comment,
          columns,
        }),
      );
    }
    if (!before || ENTITY_FIELDS.some(f => before.row[f] !== row[f])) {
      upserts.push(row.entity_ref);
    }
    (before ? result.changed : result.added).push(row.entity_ref);
  }
  const events = toEvents(input, detected, now);
  await knex.transaction(async trx => {
    await deleteWhereIn(trx, 'columns', 'entity_ref', [...stored.keys()]);
    await upsertRows(
      trx,
      'assets',
      batch.map(a => ({
        ...a.row,
        first_seen_at: now,
        last_seen_at: now,
        changed_at: now,
      })),
      ['entity_ref'],
      MERGED,
    );
    await insertRows(
      trx,
      'columns',
      batch.flatMap(a => a.columns),
    );
    await insertChanges(trx, events);
    await appendEntityFeed(trx, upserts, 'upsert');
  });
  result.changes.push(...events);
  result.entityUpserts += upserts.length;
}

/** Deletes assets the source no longer has, one transaction per batch. */
async function removeBatch(
  knex: Knex,
  input: AssetSyncInput,
  refs: string[],
  result: AssetSyncResult,
) {
  const stored = await loadStored(knex, refs);
  const detected = input.recordChanges
    ? [...stored.values()].flatMap(before =>
        detectSchemaChanges(before, undefined),
      )
    : [];
  const events = toEvents(input, detected, new Date());
  await knex.transaction(async trx => {
    await deleteWhereIn(trx, 'columns', 'entity_ref', refs);
    await deleteWhereIn(trx, 'assets', 'entity_ref', refs, {
      source_id: input.sourceId,
    });
    await insertChanges(trx, events);
    await appendEntityFeed(trx, refs, 'delete');
  });
  result.changes.push(...events);
  result.removed.push(...refs);
}

/**
 * Brings the stored assets of a source in line with what a read saw: one
 * query for the stored hashes, then only added and changed assets are
 * written (with their columns, schema changes and feed entries) in
 * transactions of `batchSize` assets. Removal comes last and spares the
 * databases that could not be read, so a failure part-way removes nothing.
 */
export async function syncAssets(
  knex: Knex,
  input: AssetSyncInput,
): Promise<AssetSyncResult> {
  const stored: {
    entity_ref: string;
    content_hash: string;
    database_name: string | null;
  }[] = await knex('assets')
    .select('entity_ref', 'content_hash', 'database_name')
    .where('source_id', input.sourceId);
  const hashes = new Map(stored.map(s => [s.entity_ref, s.content_hash]));
  const dirty = input.assets.filter(
    a => hashes.get(a.row.entity_ref) !== a.row.content_hash,
  );
  const result: AssetSyncResult = {
    added: [],
    changed: [],
    removed: [],
    unchanged: input.assets.length - dirty.length,
    entityUpserts: 0,
    changes: [],
  };
  for (const batch of chunked(dirty, input.batchSize)) {
    await writeBatch(knex, input, batch, result);
  }

  const seen = new Set(input.assets.map(a => a.row.entity_ref));
  const unread = new Set(input.unreadDatabases);
  const gone = stored
    .filter(s => !seen.has(s.entity_ref) && !unread.has(s.database_name ?? ''))
    .map(s => s.entity_ref);
  for (const batch of chunked(gone, input.batchSize)) {
    await removeBatch(knex, input, batch, result);
  }

  // Freshness of everything seen, one statement rather than a row each.
  const seenAt = knex('assets').where('source_id', input.sourceId);
  if (unread.size > 0) seenAt.whereNotIn('database_name', [...unread]);
  await seenAt.update({ last_seen_at: new Date() });
  return result;
}
