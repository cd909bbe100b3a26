import { dataAssetRef } from '@internal/plugin-data-catalog-common';
import { TableKey } from '@internal/plugin-data-catalog-node';

/** The catalog entity of a source itself: `resource:<id>/<id>`. */
export function sourceRef(sourceId: string): string {
  return dataAssetRef(sourceId, []);
}

/**
 * A database's ref. A database named like its source would take the
 * source's own ref, so it gets the hashed form of its name instead.
 */
export function databaseRef(sourceId: string, database: string): string {
  const ref = dataAssetRef(sourceId, [database]);
  return ref === sourceRef(sourceId)
    ? dataAssetRef(sourceId, [`${database}/`])
    : ref;
}

export function schemaRef(
  sourceId: string,
  database: string,
  schema: string,
): string {
  return dataAssetRef(sourceId, [database, schema]);
}

export function tableRef(sourceId: string, table: TableKey): string {
  return dataAssetRef(sourceId, [table.database, table.schema, table.name]);
}

/** `resource:<namespace>/<name>` → its parts, or undefined for other refs. */
export function parseResourceRef(
  ref: string,
): { namespace: string; name: string } | undefined {
  const match = /^resource:([^/]+)\/(.+)$/.exec(ref);
  return match ? { namespace: match[1], name: match[2] } : undefined;
}
