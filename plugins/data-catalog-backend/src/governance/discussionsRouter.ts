import { parseInput } from '@internal/plugin-authz-node';
import {
  dataCatalogDiscussionCreatePermission,
  dataCatalogDiscussionModeratePermission,
  dataCatalogTableReadPermission,
  discussionRequestSchema,
  DiscussionThread,
  replyRequestSchema,
} from '@internal/plugin-data-catalog-common';
import { Request } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { recordActivity } from './activity';
import { asAuditJson, auditedChange } from './auditedChange';
import {
  addReply,
  createThread,
  deleteThread,
  getThread,
  listThreads,
  setResolved,
} from './discussionsStore';
import { sameRef } from './ownerRefs';
import {
  describeTarget,
  requireTableOrColumn,
  tableAuthorizer,
  tableRefFromRequest,
} from './tableTargets';

const listQuerySchema = z.object({ column: z.string().min(1).optional() });
const idParamsSchema = z.object({ id: z.string().min(1) });
const resolveRequestSchema = z.object({ resolved: z.boolean() });

/** Discussions on tables and columns, visible to whoever reads the table. */
export function createDiscussionsRouter(context: DataCatalogContext) {
  const router = Router();
  const readTable = tableAuthorizer(context, dataCatalogTableReadPermission);
  const authorizeRead = (req: Request, entityRef: string) =>
    context.authorize.resource(req, dataCatalogTableReadPermission, entityRef);

  /**
   * The thread, after checking the caller may read its table and is its
   * author or may moderate (the moderate permission's 403 otherwise).
   */
  const authorizeOwnThread = async (
    req: Request,
  ): Promise<{ thread: DiscussionThread; moderated: boolean }> => {
    const credentials = await context.httpAuth.credentials(req, {
      allow: ['user'],
    });
    const { id } = parseInput(idParamsSchema, req.params);
    const thread = await getThread(context.knex, id);
    await authorizeRead(req, thread.entityRef);
    if (sameRef(thread.author, credentials.principal.userEntityRef)) {
      return { thread, moderated: false };
    }
    await context.authorize(req, dataCatalogDiscussionModeratePermission);
    return { thread, moderated: true };
  };

  router.get('/tables/:namespace/:name/discussions', async (req, res) => {
    const { entityRef } = await readTable(req);
    const { column } = parseInput(listQuerySchema, req.query);
    await requireTableOrColumn(context.knex, entityRef, column);
    res.json(await listThreads(context.knex, entityRef, column));
  });

  router.post('/tables/:namespace/:name/discussions', async (req, res) => {
    const entityRef = tableRefFromRequest(req);
    const credentials = await context.authorize(
      req,
      dataCatalogDiscussionCreatePermission,
    );
    await authorizeRead(req, entityRef);
    const input = parseInput(discussionRequestSchema, req.body);
    const table = await requireTableOrColumn(
      context.knex,
      entityRef,
      input.column,
    );
    const author = credentials.principal.userEntityRef;
    const thread = await context.knex.transaction(async trx => {
      const created = await createThread(trx, { entityRef, ...input, author });
      await recordActivity(trx, {
        type: 'discussion',
        entityRef,
        actor: author,
        summary: `New discussion on ${describeTarget(table, input.column)}: ${
          input.title
        }`,
      });
      return created;
    });
    res.status(201).json(thread);
  });

  router.post('/discussions/:id/replies', async (req, res) => {
    const credentials = await context.authorize(
      req,
      dataCatalogDiscussionCreatePermission,
    );
    const { id } = parseInput(idParamsSchema, req.params);
    const thread = await getThread(context.knex, id);
    await authorizeRead(req, thread.entityRef);
    const { body } = parseInput(replyRequestSchema, req.body);
    const reply = await addReply(context.knex, {
      threadId: id,
      body,
      author: credentials.principal.userEntityRef,
    });
    res.status(201).json(reply);
  });

  router.patch('/discussions/:id', async (req, res) => {
    const { thread } = await authorizeOwnThread(req);
    const { resolved } = parseInput(resolveRequestSchema, req.body);
    res.json(await setResolved(context.knex, thread.id, resolved));
  });

  /** Audited: a moderator may remove someone else's thread. */
  router.delete('/discussions/:id', async (req, res) => {
    const { thread, moderated } = await authorizeOwnThread(req);
    await auditedChange(
      context,
      req,
      {
        eventId: 'discussion-delete',
        severityLevel: moderated ? 'medium' : 'low',
        meta: asAuditJson({ threadId: thread.id, moderated }),
      },
      async () => ({
        result: await context.knex.transaction(trx =>
          deleteThread(trx, thread.id),
        ),
        meta: asAuditJson({ before: thread }),
      }),
    );
    res.status(204).end();
  });
  return router;
}
