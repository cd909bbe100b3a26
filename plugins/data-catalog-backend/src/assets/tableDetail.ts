import { NotFoundError } from '@backstage/errors';
import { DataAssetDetail } from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { docFromRow } from './assetDocs';
import { TABLE_KINDS } from './assetKinds';
import {
  summaryColumns,
  summaryFromRow,
  withSummaryJoins,
} from './assetSummaries';
import { loadPlacedTags } from './assetTags';
import { loadUsage } from './assetUsage';
import { toIso } from './dbValues';
import { loadQualityReport } from './quality/qualityReport';
import { loadColumns, loadGlossaryLinks } from './tableColumns';

export type DetailCaller = {
  userRef: string;
  access: DataAssetDetail['access'];
};

/** Everything the table page shows, with PII masked unless allowed. */
export async function loadTableDetail(
  knex: Knex,
  entityRef: string,
  caller: DetailCaller,
): Promise<DataAssetDetail> {
  const row = await withSummaryJoins(knex('assets'))
    .where('assets.entity_ref', entityRef)
    .whereIn('assets.kind', TABLE_KINDS)
    .first(
      ...summaryColumns,
      'assets.parent_ref',
      'assets.partition_of',
      'assets.view_definition',
      'assets.last_analyzed_at',
    );
  if (!row) throw new NotFoundError(`No table or view ${entityRef}`);

  const [tags, glossary, usage, quality, favorites, favorite] =
    await Promise.all([
      loadPlacedTags(knex, [entityRef]),
      loadGlossaryLinks(knex, entityRef),
      loadUsage(knex, [entityRef]),
      loadQualityReport(knex, entityRef),
      knex('favorites').where('entity_ref', entityRef).count({ n: '*' }),
      knex('favorites')
        .where({ entity_ref: entityRef, user_ref: caller.userRef })
        .first('entity_ref'),
    ]);
  const columns = await loadColumns(knex, entityRef, {
    tags,
    glossary,
    piiRead: caller.access.piiRead,
  });
  const tableTags = tags.filter(t => t.column === '').map(t => t.tag);
  const summary = summaryFromRow(row, tableTags, usage.get(entityRef)!);
  const doc = docFromRow({
    doc: row.doc,
    owner: row.doc_owner,
    domain: row.doc_domain,
    updated_by: row.doc_updated_by,
    updated_at: row.doc_updated_at ?? undefined,
  });
  return {
    ...summary,
    ...(row.parent_ref ? { partOf: row.parent_ref } : {}),
    ...(row.partition_of ? { partitionOf: row.partition_of } : {}),
    ...(row.view_definition ? { viewDefinition: row.view_definition } : {}),
    ...(row.last_analyzed_at
      ? { lastAnalyzedAt: toIso(row.last_analyzed_at) }
      : {}),
    ...(doc ? { doc } : {}),
    columns,
    trust: {
      lastUpdatedAt: summary.lastUpdatedAt,
      lastSyncedAt: summary.lastSyncedAt,
      quality,
      usage: {
        queryCount: summary.queryCount,
        views30d: summary.views30d,
        favorites: Number(favorites[0].n),
      },
      favorite: !!favorite,
    },
    glossaryTerms: glossary
      .filter(link => link.column === '')
      .map(({ id, name }) => ({ id, name })),
    access: caller.access,
  };
}
