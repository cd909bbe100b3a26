import { parseInput } from '@internal/plugin-authz-node';
import {
  dataCatalogTableReadPermission,
  dataCatalogTableUpdatePermission,
} from '@internal/plugin-data-catalog-common';
import Router from 'express-promise-router';
import { z } from 'zod';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { recordActivity } from './activity';
import { asAuditJson, auditedChange } from './auditedChange';
import {
  docUpdateBodySchema,
  FieldChange,
  listDocHistory,
  updateDoc,
} from './docsStore';
import { governanceTransaction } from './governanceTransaction';
import { assertTagPolicy } from './tagPolicyState';
import {
  describeTarget,
  requireTableOrColumn,
  tableAuthorizer,
} from './tableTargets';

/** Documented fields that are part of the table's catalog entity. */
const entityFields = ['owner', 'domain', 'description'];

const historyQuerySchema = z.object({
  column: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

const sideOf = (changes: FieldChange[], side: 'before' | 'after') =>
  Object.fromEntries(changes.map(c => [c.field, c[side] ?? null]));

/** `PATCH /tables/:ns/:name/docs` and `GET …/docs/history`. */
export function createDocsRouter(context: DataCatalogContext) {
  const router = Router();
  const readTable = tableAuthorizer(context, dataCatalogTableReadPermission);
  const updateTable = tableAuthorizer(
    context,
    dataCatalogTableUpdatePermission,
  );

  router.patch('/tables/:namespace/:name/docs', async (req, res) => {
    const { entityRef, actor } = await updateTable(req);
    const { column, ...patch } = parseInput(docUpdateBodySchema, req.body);
    const table = await requireTableOrColumn(context.knex, entityRef, column);
    const meta = { entityRef, ...(column ? { column } : {}) };
    const doc = await auditedChange(
      context,
      req,
      { eventId: 'docs-update', meta },
      async () => {
        const result = await governanceTransaction(
          context,
          async (trx, changes) => {
            const update = await updateDoc(trx, {
              entityRef,
              column,
              patch,
              actor,
            });
            const fields = update.changes.map(c => c.field as string);
            if (fields.length === 0) return update;
            changes.table(entityRef, {
              entity: !column && fields.some(f => entityFields.includes(f)),
            });
            const ownerCleared = update.changes.some(
              c => c.field === 'owner' && c.after === undefined,
            );
            if (!column && ownerCleared) {
              // Highly sensitive PII cannot be left without an owner.
              await assertTagPolicy(
                trx,
                entityRef,
                v => v.rule === 'pii-needs-owner',
              );
            }
            await recordActivity(trx, {
              type: 'doc-edit',
              entityRef,
              actor,
              summary: `Documentation of ${describeTarget(
                table,
                column,
              )}: ${fields.join(', ')}`,
            });
            return update;
          },
        );
        return {
          result: result.doc,
          meta: asAuditJson({
            before: sideOf(result.changes, 'before'),
            after: sideOf(result.changes, 'after'),
          }),
        };
      },
    );
    res.json(doc);
  });

  router.get('/tables/:namespace/:name/docs/history', async (req, res) => {
    const { entityRef } = await readTable(req);
    const query = parseInput(historyQuerySchema, req.query);
    await requireTableOrColumn(context.knex, entityRef, query.column);
    res.json(await listDocHistory(context.knex, { entityRef, ...query }));
  });
  return router;
}
