import {
  AssetTag,
  DataAssetSummary,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { descriptionOf, docFromRow } from './assetDocs';
import { loadPlacedTags } from './assetTags';
import { AssetUsage, loadUsage } from './assetUsage';
import { groupBy, toIso, toNumber } from './dbValues';

/**
 * The joins a summary reads besides `assets` (kept unaliased for the
 * permission filters): `s` its source, `d` the table's documentation and
 * `qs` its quality score.
 */
export function withSummaryJoins(qb: Knex.QueryBuilder): Knex.QueryBuilder {
  return qb
    .join('sources as s', 's.id', 'assets.source_id')
    .leftJoin('asset_docs as d', join =>
      join
        .on('d.entity_ref', 'assets.entity_ref')
        .andOnVal('d.column_name', ''),
    )
    .leftJoin('quality_scores as qs', 'qs.entity_ref', 'assets.entity_ref');
}

export const summaryColumns = [
  'assets.entity_ref',
  'assets.source_id',
  'assets.kind',
  'assets.database_name',
  'assets.schema_name',
  'assets.name',
  'assets.qualified_name',
  'assets.comment',
  'assets.row_estimate',
  'assets.size_bytes',
  'assets.column_count',
  'assets.last_modified_at',
  'assets.changed_at',
  'assets.last_seen_at',
  's.platform',
  's.owner as source_owner',
  's.domain as source_domain',
  'd.doc',
  'd.owner as doc_owner',
  'd.domain as doc_domain',
  'd.updated_by as doc_updated_by',
  'd.updated_at as doc_updated_at',
  'qs.score as quality_score',
];

/** A row selected with summaryColumns, as the API's summary. */
export function summaryFromRow(
  row: any,
  tags: AssetTag[],
  usage: AssetUsage,
): DataAssetSummary {
  const doc = docFromRow({
    doc: row.doc,
    owner: row.doc_owner,
    domain: row.doc_domain,
  });
  return {
    entityRef: row.entity_ref,
    sourceId: row.source_id,
    platform: row.platform,
    kind: row.kind,
    database: row.database_name ?? undefined,
    schema: row.schema_name ?? undefined,
    name: row.name,
    qualifiedName: row.qualified_name,
    description: descriptionOf(doc, row.comment),
    owner: row.doc_owner || row.source_owner,
    domain: row.doc_domain || row.source_domain || undefined,
    tags,
    rowEstimate: toNumber(row.row_estimate),
    sizeBytes: toNumber(row.size_bytes),
    columnCount: Number(row.column_count),
    qualityScore: toNumber(row.quality_score),
    lastUpdatedAt: toIso(row.last_modified_at ?? row.changed_at),
    lastSyncedAt: toIso(row.last_seen_at),
    views30d: usage.views30d,
    queryCount: usage.queryCount,
  };
}

/** Summaries of rows selected with summaryColumns, with tags and usage. */
export async function toSummaries(
  knex: Knex,
  rows: any[],
): Promise<DataAssetSummary[]> {
  const refs = rows.map(row => row.entity_ref as string);
  const tags = groupBy(
    await loadPlacedTags(knex, refs, { tableOnly: true }),
    placed => placed.entityRef,
  );
  const usage = await loadUsage(knex, refs);
  return rows.map(row =>
    summaryFromRow(
      row,
      (tags.get(row.entity_ref) ?? []).map(placed => placed.tag),
      usage.get(row.entity_ref)!,
    ),
  );
}
