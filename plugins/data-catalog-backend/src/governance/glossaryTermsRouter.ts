import { ConflictError } from '@backstage/errors';
import { actorAuthorizer, parseInput } from '@internal/plugin-authz-node';
import {
  dataCatalogGlossaryEditPermission,
  dataCatalogGlossaryReadPermission,
} from '@internal/plugin-data-catalog-common';
import Router from 'express-promise-router';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { glossaryChange } from './glossaryChange';
import { listGlossaryHistory } from './glossaryHistory';
import {
  glossaryTermBodySchema,
  glossaryTermPatchSchema,
  termIdParamsSchema,
} from './glossarySchemas';
import {
  createTerm,
  deleteTerm,
  getTerm,
  listTerms,
  listTermsQuerySchema,
  updateTerm,
} from './glossaryStore';
import { allowedActions, assertEditable } from './glossaryWorkflow';

/** `/glossary/terms`: the business glossary's terms. */
export function createGlossaryTermsRouter(context: DataCatalogContext) {
  const router = Router();
  const authorizeEdit = actorAuthorizer(
    context.authorize,
    dataCatalogGlossaryEditPermission,
  );

  router.get('/glossary/terms', async (req, res) => {
    await context.authorize(req, dataCatalogGlossaryReadPermission);
    const query = parseInput(listTermsQuerySchema, req.query);
    res.json(await listTerms(context.knex, query));
  });

  /** With its history and the workflow actions its status allows. */
  router.get('/glossary/terms/:id', async (req, res) => {
    await context.authorize(req, dataCatalogGlossaryReadPermission);
    const { id } = parseInput(termIdParamsSchema, req.params);
    const term = await getTerm(context.knex, id);
    res.json({
      ...term,
      history: await listGlossaryHistory(context.knex, id),
      allowedActions: allowedActions(term.status),
    });
  });

  router.post('/glossary/terms', async (req, res) => {
    const actor = await authorizeEdit(req);
    const input = parseInput(glossaryTermBodySchema, req.body);
    const term = await glossaryChange(
      context,
      req,
      { actor, meta: { action: 'create', name: input.name } },
      async trx => {
        const created = await createTerm(trx, input, actor);
        return {
          result: created,
          summary: `Proposed glossary term ${created.name}`,
          audit: { termId: created.id, after: created },
        };
      },
    );
    res.status(201).json(term);
  });

  router.patch('/glossary/terms/:id', async (req, res) => {
    const actor = await authorizeEdit(req);
    const { id } = parseInput(termIdParamsSchema, req.params);
    const input = parseInput(glossaryTermPatchSchema, req.body);
    const term = await glossaryChange(
      context,
      req,
      { actor, meta: { action: 'update', termId: id } },
      async trx => {
        const before = await getTerm(trx, id);
        assertEditable(before.status);
        const after = await updateTerm(trx, before, input, actor);
        return {
          result: after,
          summary: `Edited glossary term ${after.name}`,
          audit: { before, after },
        };
      },
    );
    res.json(term);
  });

  /** Only drafts: a term in use is deprecated rather than deleted. */
  router.delete('/glossary/terms/:id', async (req, res) => {
    const actor = await authorizeEdit(req);
    const { id } = parseInput(termIdParamsSchema, req.params);
    await glossaryChange(
      context,
      req,
      { actor, meta: { action: 'delete', termId: id } },
      async trx => {
        const before = await getTerm(trx, id);
        if (before.status !== 'draft') {
          throw new ConflictError(
            `Only draft terms can be deleted; ${before.name} is ${before.status} (reopen or deprecate it instead)`,
          );
        }
        await deleteTerm(trx, id);
        return {
          result: undefined,
          summary: `Deleted draft glossary term ${before.name}`,
          audit: { before },
        };
      },
    );
    res.status(204).end();
  });
  return router;
}
