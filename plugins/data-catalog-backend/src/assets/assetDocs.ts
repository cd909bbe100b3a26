import { AssetDoc } from '@internal/plugin-data-catalog-common';
import { parseJson, toIso } from './dbValues';

type DocRow = {
  doc: string | null;
  owner?: string | null;
  domain?: string | null;
  updated_by?: string | null;
  updated_at?: unknown;
};

/**
 * An asset_docs row as the API's AssetDoc. `doc` holds the documented
 * fields as JSON (governance writes it); owner and domain have their own
 * columns for filtering, which win. Plain text is read as a description.
 */
export function docFromRow(row: DocRow): AssetDoc | undefined {
  if (row.doc === null || row.doc === undefined) return undefined;
  const parsed = parseJson<unknown>(row.doc);
  const fields: AssetDoc =
    parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? { ...(parsed as AssetDoc) }
      : { description: row.doc || undefined };
  if (row.owner) fields.owner = row.owner;
  if (row.domain) fields.domain = row.domain;
  if (row.updated_by) fields.updatedBy = row.updated_by;
  if (row.updated_at !== undefined) fields.updatedAt = toIso(row.updated_at);
  return fields;
}

/** A table's or column's description: documented, else the source comment. */
export function descriptionOf(
  doc: AssetDoc | undefined,
  comment: string | null | undefined,
): string | undefined {
  return doc?.description || comment || undefined;
}
