import { dataAssetRef } from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';

const at = new Date('2026-11-01T00:00:00Z');

export async function insertSource(
  knex: Knex,
  source: { id: string; owner: string; platform?: string; domain?: string },
) {
  await knex('sources').insert({
    id: source.id,
    title: source.id,
    platform: source.platform ?? 'postgresql',
    connection: '{}',
    owner: source.owner,
    domain: source.domain ?? null,
    created_by: 'user:default/admin',
    created_at: at,
    updated_at: at,
  });
}

export type TableFixture = {
  sourceId: string;
  name: string;
  kind?: string;
  comment?: string;
  columns?: { name: string; comment?: string }[];
};

/** A table (or view) in db `shop`, schema `public`; returns its ref. */
export async function insertTable(knex: Knex, table: TableFixture) {
  const ref = dataAssetRef(table.sourceId, ['shop', 'public', table.name]);
  const columns = table.columns ?? [];
  await knex('assets').insert({
    entity_ref: ref,
    source_id: table.sourceId,
    kind: table.kind ?? 'table',
    database_name: 'shop',
    schema_name: 'public',
    name: table.name,
    qualified_name: `shop.public.${table.name}`,
    comment: table.comment ?? null,
    column_count: columns.length,
    content_hash: 'h1',
    first_seen_at: at,
    last_seen_at: at,
    changed_at: at,
  });
  if (columns.length > 0) {
    await knex('columns').insert(
      columns.map((column, i) => ({
        entity_ref: ref,
        name: column.name,
        ordinal: i + 1,
        data_type: 'text',
        nullable: true,
        comment: column.comment ?? null,
      })),
    );
  }
  return ref;
}

export async function documentAsset(
  knex: Knex,
  ref: string,
  doc: {
    column?: string;
    description?: string;
    owner?: string;
    domain?: string;
  },
  updatedAt = new Date(),
) {
  await knex('asset_docs')
    .insert({
      entity_ref: ref,
      column_name: doc.column ?? '',
      doc: JSON.stringify({ description: doc.description }),
      owner: doc.owner ?? null,
      domain: doc.domain ?? null,
      updated_by: 'user:default/alice',
      updated_at: updatedAt,
    })
    .onConflict(['entity_ref', 'column_name'])
    .merge();
}

/** Tags an asset (or a column), creating the tag in category `Test`. */
export async function tagAsset(
  knex: Knex,
  ref: string,
  tag: string,
  column = '',
  assignedAt = new Date(),
) {
  await knex('tag_categories')
    .insert({ id: 'cat-test', name: 'Test' })
    .onConflict('id')
    .ignore();
  await knex('tags')
    .insert({ id: `tag-${tag}`, category_id: 'cat-test', name: tag })
    .onConflict('id')
    .ignore();
  await knex('asset_tags').insert({
    entity_ref: ref,
    column_name: column,
    tag_id: `tag-${tag}`,
    assigned_by: 'user:default/alice',
    assigned_at: assignedAt,
  });
}

export async function scoreQuality(knex: Knex, ref: string, score: number) {
  await knex('quality_scores').insert({
    entity_ref: ref,
    score,
    measured_at: new Date(),
  });
}

/** Portal views of a table today. */
export async function viewTable(knex: Knex, ref: string, views: number) {
  await knex('asset_views').insert({
    entity_ref: ref,
    day: new Date().toISOString().slice(0, 10),
    views,
  });
}

export async function insertTerm(
  knex: Knex,
  term: { id: string; name: string; definition: string; status: string },
) {
  await knex('glossary_terms').insert({
    ...term,
    synonyms: '[]',
    owner: 'group:default/data',
    reviewers: '["user:default/bob"]',
    created_by: 'user:default/alice',
    created_at: at,
    updated_at: at,
  });
}
