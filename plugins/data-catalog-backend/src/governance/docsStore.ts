import { InputError } from '@backstage/errors';
import {
  AssetDoc,
  assetDocSchema,
  DocHistoryEntry,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { z } from 'zod';
import { docFromRow } from '../assets/assetDocs';
import { ownerRefSchema } from './ownerRefs';
import { toColumnName, toIso } from './rows';
import { sortableId } from './sortableIds';

type DocField = keyof z.infer<typeof assetDocSchema>;
const docFields = Object.keys(assetDocSchema.shape) as DocField[];

/** Fields that describe a whole table, not one column. */
const tableOnlyFields: DocField[] = ['usageGuide', 'owner', 'team', 'domain'];

/** A documentation change: a value sets a field, null or '' clears it. */
export type DocPatch = { [K in DocField]?: string | null };

/**
 * `updateDocRequestSchema` of the API with an optional column, null to
 * clear a field, and the owner checked to be a user or group ref.
 */
export const docUpdateBodySchema = z.object({
  column: z.string().min(1).optional(),
  ...Object.fromEntries(
    docFields.map(field => [
      field,
      (field === 'owner'
        ? ownerRefSchema
        : assetDocSchema.shape[field].unwrap()
      )
        .nullable()
        .optional(),
    ]),
  ),
}) as unknown as z.ZodType<DocPatch & { column?: string }>;

export type FieldChange = { field: DocField; before?: string; after?: string };

type Fields = Partial<Record<DocField, string>>;

function fieldsOf(doc: AssetDoc | undefined): Fields {
  const fields: Fields = {};
  for (const field of docFields) {
    if (doc?.[field]) fields[field] = doc[field];
  }
  return fields;
}

/**
 * Applies a patch to the documentation of a table ('' column) or column
 * and records one history row per field that really changed.
 */
export async function updateDoc(
  trx: Knex.Transaction,
  update: {
    entityRef: string;
    column?: string;
    patch: DocPatch;
    actor: string;
  },
): Promise<{ doc: AssetDoc; changes: FieldChange[] }> {
  const key = {
    entity_ref: update.entityRef,
    column_name: toColumnName(update.column),
  };
  for (const field of tableOnlyFields) {
    if (update.column !== undefined && update.patch[field] !== undefined) {
      throw new InputError(`${field}: only a table has one, not a column`);
    }
  }
  const row = await trx('asset_docs').where(key).first();
  const before = fieldsOf(row ? docFromRow(row) : undefined);
  const after: Fields = { ...before };
  for (const field of docFields) {
    const value = update.patch[field];
    if (value === null || value === '') delete after[field];
    else if (value !== undefined) after[field] = value;
  }
  const changes = docFields
    .filter(field => before[field] !== after[field])
    .map(field => ({ field, before: before[field], after: after[field] }));
  if (changes.length === 0) {
    return { doc: row ? docFromRow(row) ?? {} : {}, changes };
  }
  const at = new Date();
  await trx('asset_docs')
    .insert({
      ...key,
      doc: JSON.stringify(after),
      owner: after.owner ?? null,
      domain: after.domain ?? null,
      updated_by: update.actor,
      updated_at: at,
    })
    .onConflict(['entity_ref', 'column_name'])
    .merge();
  await trx('doc_history').insert(
    changes.map(change => ({
      id: sortableId(),
      ...key,
      field: change.field,
      before: change.before ?? null,
      after: change.after ?? null,
      actor: update.actor,
      at,
    })),
  );
  return {
    doc: { ...after, updatedBy: update.actor, updatedAt: at.toISOString() },
    changes,
  };
}

type HistoryRow = {
  id: string;
  entity_ref: string;
  column_name: string;
  field: string;
  before: string | null;
  after: string | null;
  actor: string;
  at: Date | string | number;
};

/**
 * Newest first: of one column when named, else of the table and all its
 * columns (the table page's history tab).
 */
export async function listDocHistory(
  knex: Knex,
  query: { entityRef: string; column?: string; limit: number },
): Promise<DocHistoryEntry[]> {
  const rows: HistoryRow[] = await knex('doc_history')
    .where('entity_ref', query.entityRef)
    .modify(q => {
      if (query.column !== undefined) q.where('column_name', query.column);
    })
    .orderBy([
      { column: 'at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(query.limit);
  return rows.map(row => ({
    id: row.id,
    entityRef: row.entity_ref,
    ...(row.column_name ? { column: row.column_name } : {}),
    field: row.field,
    ...(row.before !== null ? { before: row.before } : {}),
    ...(row.after !== null ? { after: row.after } : {}),
    actor: row.actor,
    at: toIso(row.at),
  }));
}
