import { InputError, NotAllowedError } from '@backstage/errors';
import { actorAuthorizer, parseInput } from '@internal/plugin-authz-node';
import {
  dataCatalogGlossaryApprovePermission,
  dataCatalogGlossaryEditPermission,
  dataCatalogTableReadPermission,
  GlossaryTerm,
  glossaryLinkRequestSchema,
  glossaryTransitionRequestSchema,
} from '@internal/plugin-data-catalog-common';
import { Request } from 'express';
import Router from 'express-promise-router';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { glossaryChange } from './glossaryChange';
import { listGlossaryHistory, moveTerm } from './glossaryHistory';
import { addGlossaryLink, removeGlossaryLink } from './glossaryLinks';
import { termIdParamsSchema } from './glossarySchemas';
import { getTerm } from './glossaryStore';
import {
  allowedActions,
  glossaryTransitions,
  planTransition,
} from './glossaryWorkflow';
import { sameRef } from './ownerRefs';
import { requireTableOrColumn } from './tableTargets';

const permissions = {
  edit: dataCatalogGlossaryEditPermission,
  approve: dataCatalogGlossaryApprovePermission,
};

/**
 * Reviewers are compared as user refs: the caller's groups are not known
 * here, so a group listed as reviewer does not let its members review.
 */
function assertReviewer(term: GlossaryTerm, actor: string, action: string) {
  if (term.reviewers.some(reviewer => sameRef(reviewer, actor))) return;
  throw new NotAllowedError(
    `Only a reviewer of ${term.name} may ${action} it (${term.reviewers.join(
      ', ',
    )}; reviewers are matched by user ref)`,
  );
}

/** Workflow transitions and links of glossary terms. */
export function createGlossaryWorkflowRouter(context: DataCatalogContext) {
  const router = Router();
  const authorizeEdit = actorAuthorizer(context.authorize, permissions.edit);
  const withDetails = async (term: GlossaryTerm) => ({
    ...term,
    history: await listGlossaryHistory(context.knex, term.id),
    allowedActions: allowedActions(term.status),
  });

  router.post('/glossary/terms/:id/transitions', async (req, res) => {
    // The permission depends on the action, so authenticate first (401).
    await context.httpAuth.credentials(req, { allow: ['user'] });
    const { id } = parseInput(termIdParamsSchema, req.params);
    const { action, comment } = parseInput(
      glossaryTransitionRequestSchema,
      req.body,
    );
    await getTerm(context.knex, id);
    const credentials = await context.authorize(
      req,
      permissions[glossaryTransitions[action].permission],
    );
    const actor = credentials.principal.userEntityRef;
    const term = await glossaryChange(
      context,
      req,
      { actor, meta: { action, termId: id } },
      async trx => {
        const before = await getTerm(trx, id);
        const transition = planTransition(before.status, action);
        if (transition.reviewersOnly) assertReviewer(before, actor, action);
        if (transition.commentRequired && !comment?.trim()) {
          throw new InputError(`comment: required to ${action} a term`);
        }
        await moveTerm(trx, {
          termId: id,
          action,
          fromStatus: before.status,
          toStatus: transition.to,
          actor,
          comment,
        });
        return {
          result: await getTerm(trx, id),
          summary: `Glossary term ${before.name}: ${before.status} → ${transition.to} (${action})`,
          audit: { from: before.status, to: transition.to, comment },
        };
      },
    );
    res.json(await withDetails(term));
  });

  /**
   * Linking needs an existing table the caller may read; unlinking only
   * the link, so links to tables gone from the inventory can be cleaned.
   */
  const changeLink = async (req: Request, mode: 'link' | 'unlink') => {
    const actor = await authorizeEdit(req);
    const { id } = parseInput(termIdParamsSchema, req.params);
    const link = parseInput(
      glossaryLinkRequestSchema,
      mode === 'link' ? req.body : { ...req.query, ...req.body },
    );
    await context.authorize.resource(
      req,
      dataCatalogTableReadPermission,
      link.entityRef,
    );
    if (mode === 'link') {
      await requireTableOrColumn(context.knex, link.entityRef, link.column);
    }
    const target = link.column
      ? `${link.entityRef} column ${link.column}`
      : link.entityRef;
    return glossaryChange(
      context,
      req,
      { actor, meta: { action: mode, termId: id, ...link } },
      async trx => {
        const term = await getTerm(trx, id);
        const changed =
          mode === 'link'
            ? await addGlossaryLink(trx, term, link, actor)
            : await removeGlossaryLink(trx, term, link);
        const verb = mode === 'link' ? 'Linked' : 'Unlinked';
        return {
          result: await getTerm(trx, id),
          entityRef: link.entityRef,
          summary: changed
            ? `${verb} ${target} and glossary term ${term.name}`
            : undefined,
          audit: { ...link, changed },
        };
      },
    );
  };
  router.post('/glossary/terms/:id/links', async (req, res) => {
    res.status(201).json(await changeLink(req, 'link'));
  });
  router.delete('/glossary/terms/:id/links', async (req, res) => {
    res.json(await changeLink(req, 'unlink'));
  });

  return router;
}
