import { parseInput } from '@internal/plugin-authz-node';
import {
  AssetTag,
  assignTagsRequestSchema,
  dataCatalogTableUpdatePermission,
} from '@internal/plugin-data-catalog-common';
import Router from 'express-promise-router';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { recordActivity } from './activity';
import { auditedChange } from './auditedChange';
import { governanceTransaction } from './governanceTransaction';
import { assignTags } from './tagAssignment';
import { resolveTags } from './tagsStore';
import {
  describeTarget,
  requireTableOrColumn,
  tableAuthorizer,
} from './tableTargets';

const names = (tags: AssetTag[]) => tags.map(t => t.name);

/** What a change did, e.g. `+pii-high -public`, for the activity feed. */
function describeChange(before: AssetTag[], after: AssetTag[]): string {
  const added = names(after).filter(n => !names(before).includes(n));
  const removed = names(before).filter(n => !names(after).includes(n));
  return [...added.map(n => `+${n}`), ...removed.map(n => `-${n}`)].join(' ');
}

/**
 * `POST /tables/:namespace/:name/tags`: adds and removes tags of a table or
 * one of its columns; refused (400) when the result breaks the tag policy.
 */
export function createTagAssignmentRouter(context: DataCatalogContext) {
  const router = Router();
  const updateTable = tableAuthorizer(
    context,
    dataCatalogTableUpdatePermission,
  );
  router.post('/tables/:namespace/:name/tags', async (req, res) => {
    const { entityRef, actor } = await updateTable(req);
    const input = parseInput(assignTagsRequestSchema, req.body);
    const table = await requireTableOrColumn(
      context.knex,
      entityRef,
      input.column,
    );
    const add = await resolveTags(context.knex, 'add', input.add);
    const remove = await resolveTags(context.knex, 'remove', input.remove);
    const meta = {
      entityRef,
      ...(input.column ? { column: input.column } : {}),
      add: add.map(t => t.name),
      remove: remove.map(t => t.name),
    };
    const { after } = await auditedChange(
      context,
      req,
      { eventId: 'tags-assign', meta },
      async () => {
        const change = await governanceTransaction(
          context,
          async (trx, changes) => {
            const result = await assignTags(trx, {
              entityRef,
              column: input.column,
              add,
              remove,
              actor,
            });
            const summary = describeChange(result.before, result.after);
            if (summary) {
              changes.table(entityRef, { entity: true });
              changes.vocabulary = true; // tags' usage counts
              await recordActivity(trx, {
                type: 'tag',
                entityRef,
                actor,
                summary: `Tags of ${describeTarget(
                  table,
                  input.column,
                )}: ${summary}`,
              });
            }
            return result;
          },
        );
        return {
          result: change,
          meta: { before: names(change.before), after: names(change.after) },
        };
      },
    );
    res.json({
      entityRef,
      ...(input.column ? { column: input.column } : {}),
      tags: after,
    });
  });
  return router;
}
