import { NotFoundError } from '@backstage/errors';
import { parseInput } from '@internal/plugin-authz-node';
import { Request } from 'express';
import { Knex } from 'knex';
import { z } from 'zod';
import { TABLE_KINDS, tableRefOf } from '../assets/assetKinds';

const tableParamsSchema = z.object({
  namespace: z.string().min(1),
  name: z.string().min(1),
});

/** The entity ref a `/…/:namespace/:name` route addresses. */
export function tableRefFromRequest(req: Request): string {
  return tableRefOf(parseInput(tableParamsSchema, req.params));
}

/** A table or view of the inventory, with what governance rules need. */
export type TableTarget = {
  entityRef: string;
  sourceId: string;
  name: string;
  qualifiedName: string;
};

/** The table or view (not a source, database or schema), else 404. */
export async function requireTable(
  db: Knex | Knex.Transaction,
  entityRef: string,
): Promise<TableTarget> {
  const row = await db('assets')
    .where('entity_ref', entityRef)
    .whereIn('kind', TABLE_KINDS)
    .first('entity_ref', 'source_id', 'name', 'qualified_name');
  if (!row) throw new NotFoundError(`No table or view ${entityRef}`);
  return {
    entityRef: row.entity_ref,
    sourceId: row.source_id,
    name: row.name,
    qualifiedName: row.qualified_name,
  };
}

/** Like requireTable; a named column must exist too, else 404. */
export async function requireTableOrColumn(
  db: Knex | Knex.Transaction,
  entityRef: string,
  column: string | undefined,
): Promise<TableTarget> {
  const table = await requireTable(db, entityRef);
  if (column !== undefined) {
    const found = await db('columns')
      .where({ entity_ref: entityRef, name: column })
      .first('name');
    if (!found) {
      throw new NotFoundError(`No column ${column} in ${entityRef}`);
    }
  }
  return table;
}

/** `schema.table` or `schema.table.column`, for activity summaries. */
export function describeTarget(table: TableTarget, column?: string): string {
  return column ? `${table.qualifiedName}.${column}` : table.qualifiedName;
}
