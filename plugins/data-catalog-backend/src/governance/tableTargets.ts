import { NotFoundError } from '@backstage/errors';
import { ResourcePermission } from '@backstage/plugin-permission-common';
import { parseInput } from '@internal/plugin-authz-node';
import { Request } from 'express';
import { Knex } from 'knex';
import { z } from 'zod';
import { TABLE_KINDS, tableRefOf } from '../assets/assetKinds';
import { DataCatalogContext } from '../service/DataCatalogContext';

const tableParamsSchema = z.object({
  namespace: z.string().min(1),
  name: z.string().min(1),
});

/** The entity ref a `/…/:namespace/:name` route addresses. */
export function tableRefFromRequest(req: Request): string {
  return tableRefOf(parseInput(tableParamsSchema, req.params));
}

/**
 * Authorizes `/tables/:namespace/:name…` routes for one permission: the
 * addressed table and the signed-in caller holding the permission on it
 * (401/403 otherwise). The route checks that the table exists afterwards,
 * so a caller without the permission learns nothing about which exist.
 */
export function tableAuthorizer(
  context: Pick<DataCatalogContext, 'authorize'>,
  permission: ResourcePermission,
) {
  return async (req: Request) => {
    const entityRef = tableRefFromRequest(req);
    const credentials = await context.authorize.resource(
      req,
      permission,
      entityRef,
    );
    return {
      entityRef,
      credentials,
      actor: credentials.principal.userEntityRef,
    };
  };
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
