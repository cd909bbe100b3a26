import {
  DataAssetKind,
  dataAssetRef,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';

const at = new Date('2026-11-01T00:00:00Z');

export async function insertSource(
  knex: Knex,
  source: {
    id: string;
    owner: string;
    platform?: string;
    domain?: string;
    enabled?: boolean;
    connection?: object;
  },
) {
  await knex('sources').insert({
    id: source.id,
    title: source.id,
    platform: source.platform ?? 'postgresql',
    connection: JSON.stringify(
      source.connection ?? { host: 'db', port: 5432, user: 'u', databases: [] },
    ),
    owner: source.owner,
    domain: source.domain ?? null,
    enabled: source.enabled ?? true,
    created_by: 'user:default/admin',
    created_at: at,
    updated_at: at,
  });
}

export type TableFixture = {
  sourceId: string;
  name: string;
  kind?: DataAssetKind;
  database?: string;
  schema?: string;
  comment?: string;
  rowEstimate?: number;
  sizeBytes?: number;
  lastModifiedAt?: Date;
  lastAnalyzedAt?: Date;
  changedAt?: Date;
  lastSeenAt?: Date;
};

/** Inserts a table-like asset; returns its entity ref. */
export async function insertTable(knex: Knex, table: TableFixture) {
  const database = table.database ?? 'app';
  const schema = table.schema ?? 'public';
  const entityRef = dataAssetRef(table.sourceId, [
    database,
    schema,
    table.name,
  ]);
  await knex('assets').insert({
    entity_ref: entityRef,
    source_id: table.sourceId,
    kind: table.kind ?? 'table',
    database_name: database,
    schema_name: schema,
    name: table.name,
    qualified_name: `${database}.${schema}.${table.name}`,
    parent_ref: dataAssetRef(table.sourceId, [database, schema]),
    comment: table.comment ?? null,
    row_estimate: table.rowEstimate ?? null,
    size_bytes: table.sizeBytes ?? null,
    last_modified_at: table.lastModifiedAt ?? null,
    last_analyzed_at: table.lastAnalyzedAt ?? null,
    column_count: 0,
    content_hash: 'h',
    first_seen_at: at,
    last_seen_at: table.lastSeenAt ?? at,
    changed_at: table.changedAt ?? at,
  });
  return entityRef;
}

export type ColumnFixture = {
  name: string;
  dataType?: string;
  nullable?: boolean;
  isPrimaryKey?: boolean;
  comment?: string;
};

export async function insertColumns(
  knex: Knex,
  entityRef: string,
  columns: ColumnFixture[],
) {
  await knex('columns').insert(
    columns.map((c, i) => ({
      entity_ref: entityRef,
      name: c.name,
      ordinal: i + 1,
      data_type: c.dataType ?? 'text',
      nullable: c.nullable ?? true,
      is_primary_key: c.isPrimaryKey ?? false,
      comment: c.comment ?? null,
    })),
  );
  await knex('assets')
    .where('entity_ref', entityRef)
    .update({ column_count: columns.length });
}

/** Documentation as governance stores it: JSON, owner/domain in columns. */
export async function insertDoc(
  knex: Knex,
  entityRef: string,
  column: string,
  doc: { description?: string; owner?: string; domain?: string },
) {
  await knex('asset_docs').insert({
    entity_ref: entityRef,
    column_name: column,
    doc: JSON.stringify(doc),
    owner: doc.owner ?? null,
    domain: doc.domain ?? null,
    updated_by: 'user:default/editor',
    updated_at: at,
  });
}

/** Creates a tag (and its category on first use); returns the tag id. */
export async function insertTag(
  knex: Knex,
  name: string,
  options: { piiLevel?: string; category?: string } = {},
) {
  const category = options.category ?? 'general';
  let row = await knex('tag_categories').where('name', category).first('id');
  if (!row) {
    row = { id: randomUUID() };
    await knex('tag_categories').insert({ id: row.id, name: category });
  }
  const id = randomUUID();
  await knex('tags').insert({
    id,
    category_id: row.id,
    name,
    pii_level: options.piiLevel ?? 'none',
  });
  return id;
}

export async function tagAsset(
  knex: Knex,
  entityRef: string,
  column: string,
  tagId: string,
) {
  await knex('asset_tags').insert({
    entity_ref: entityRef,
    column_name: column,
    tag_id: tagId,
    assigned_by: 'user:default/editor',
    assigned_at: at,
  });
}
