import { DataAssetKind } from '@internal/plugin-data-catalog-common';
import {
  ColumnSnapshot,
  SourceSnapshot,
  TableSnapshot,
} from '@internal/plugin-data-catalog-node';
import { createHash } from 'node:crypto';
import { databaseRef, schemaRef, sourceRef, tableRef } from './assetRefs';

/** What a sync writes to `assets` for one asset (times are added on write). */
export type IngestedAssetRow = {
  entity_ref: string;
  source_id: string;
  kind: DataAssetKind;
  database_name: string;
  schema_name: string | null;
  name: string;
  qualified_name: string;
  parent_ref: string;
  comment: string | null;
  row_estimate: number | null;
  size_bytes: number | null;
  last_analyzed_at: Date | null;
  last_modified_at: Date | null;
  partition_of: string | null;
  view_definition: string | null;
  column_count: number;
  content_hash: string;
};

export type ColumnRow = {
  entity_ref: string;
  name: string;
  ordinal: number;
  data_type: string;
  nullable: boolean;
  default_value: string | null;
  comment: string | null;
  is_primary_key: boolean;
  foreign_key: string | null;
};

export type IngestedAsset = { row: IngestedAssetRow; columns: ColumnRow[] };

type Unhashed = Omit<IngestedAssetRow, 'content_hash'>;

/**
 * sha256 over a canonical JSON (fixed field order, columns by ordinal) of
 * everything ingested, so an unchanged asset is recognised by one compare.
 */
function contentHash(row: Unhashed, columns: ColumnRow[]): string {
  const canonical = JSON.stringify([
    row.kind,
    row.database_name,
    row.schema_name,
    row.name,
    row.parent_ref,
    row.comment,
    row.row_estimate,
    row.size_bytes,
    row.last_analyzed_at?.toISOString() ?? null,
    row.last_modified_at?.toISOString() ?? null,
    row.partition_of,
    row.view_definition,
    columns.map(c => [
      c.name,
      c.ordinal,
      c.data_type,
      c.nullable,
      c.default_value,
      c.comment,
      c.is_primary_key,
      c.foreign_key,
    ]),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

function asset(row: Omit<Unhashed, 'column_count'>, columns: ColumnRow[] = []) {
  const full = { ...row, column_count: columns.length };
  return {
    row: { ...full, content_hash: contentHash(full, columns) },
    columns,
  };
}

const empty = {
  row_estimate: null,
  size_bytes: null,
  last_analyzed_at: null,
  last_modified_at: null,
  partition_of: null,
  view_definition: null,
};

function columnRows(ref: string, columns: ColumnSnapshot[]): ColumnRow[] {
  return [...columns]
    .sort((a, b) => a.ordinal - b.ordinal)
    .map(c => ({
      entity_ref: ref,
      name: c.name,
      ordinal: c.ordinal,
      data_type: c.dataType,
      nullable: c.nullable,
      default_value: c.defaultValue ?? null,
      comment: c.comment ?? null,
      is_primary_key: c.isPrimaryKey,
      foreign_key: c.foreignKey ? JSON.stringify(c.foreignKey) : null,
    }));
}

function tableAsset(sourceId: string, table: TableSnapshot): IngestedAsset {
  const ref = tableRef(sourceId, table);
  return asset(
    {
      entity_ref: ref,
      source_id: sourceId,
      kind: table.kind,
      database_name: table.database,
      schema_name: table.schema,
      name: table.name,
      qualified_name: `${table.database}.${table.schema}.${table.name}`,
      parent_ref: schemaRef(sourceId, table.database, table.schema),
      comment: table.comment ?? null,
      row_estimate: table.rowEstimate ?? null,
      size_bytes: table.sizeBytes ?? null,
      last_analyzed_at: table.lastAnalyzedAt ?? null,
      last_modified_at: table.lastModifiedAt ?? null,
      partition_of: table.partitionOf
        ? tableRef(sourceId, table.partitionOf)
        : null,
      view_definition: table.viewDefinition ?? null,
    },
    columnRows(ref, table.columns),
  );
}

/**
 * The assets of a snapshot's databases that were read: databases, schemas,
 * tables and views. Databases in `unreadDatabases` are left out entirely.
 */
export function snapshotAssets(
  sourceId: string,
  snapshot: SourceSnapshot,
): IngestedAsset[] {
  const unread = new Set(snapshot.unreadDatabases.map(d => d.name));
  const assets: IngestedAsset[] = [];
  for (const db of snapshot.databases) {
    if (unread.has(db.name)) continue;
    assets.push(
      asset({
        ...empty,
        entity_ref: databaseRef(sourceId, db.name),
        source_id: sourceId,
        kind: 'database',
        database_name: db.name,
        schema_name: null,
        name: db.name,
        qualified_name: db.name,
        parent_ref: sourceRef(sourceId),
        comment: db.comment ?? null,
        size_bytes: db.sizeBytes ?? null,
      }),
    );
  }
  for (const schema of snapshot.schemas) {
    if (unread.has(schema.database)) continue;
    assets.push(
      asset({
        ...empty,
        entity_ref: schemaRef(sourceId, schema.database, schema.name),
        source_id: sourceId,
        kind: 'schema',
        database_name: schema.database,
        schema_name: schema.name,
        name: schema.name,
        qualified_name: `${schema.database}.${schema.name}`,
        parent_ref: databaseRef(sourceId, schema.database),
        comment: schema.comment ?? null,
      }),
    );
  }
  for (const table of snapshot.tables) {
    if (!unread.has(table.database)) assets.push(tableAsset(sourceId, table));
  }
  // Refs are unique by construction; a duplicate would break the batch.
  return [...new Map(assets.map(a => [a.row.entity_ref, a])).values()];
}
