import {
  aiOpsOrganizationManagePermission,
  aiOpsWorkspaceReadPermission,
  createOrganizationRequestSchema,
  updateOrganizationRequestSchema,
} from '@internal/plugin-ai-ops-common';
import { actorAuthorizer, parseInput } from '@internal/plugin-authz-node';
import Router from 'express-promise-router';
import { auditChange } from '../service/auditChange';
import { AiOpsContext } from '../service/AiOpsContext';
import { OrganizationStore } from './OrganizationStore';

/** Organisations: listed for anyone who may read some workspace. */
export function createOrganizationRoutes(context: AiOpsContext) {
  const router = Router();
  const store = new OrganizationStore(context.knex);
  const manager = actorAuthorizer(
    context.authorize,
    aiOpsOrganizationManagePermission,
  );

  router.get('/organizations', async (req, res) => {
    await context.authorize.conditional(req, aiOpsWorkspaceReadPermission);
    res.json({ items: await store.list() });
  });

  router.post('/organizations', async (req, res) => {
    const actor = await manager(req);
    const body = parseInput(createOrganizationRequestSchema, req.body);
    const created = await auditChange(
      context,
      req,
      'ai-ops.organization.create',
      { organization: body.name },
      async () => {
        const after = await store.create(body, actor);
        return { result: after, meta: { after } };
      },
    );
    res.status(201).json(created);
  });

  router.patch('/organizations/:org', async (req, res) => {
    await manager(req);
    const patch = parseInput(updateOrganizationRequestSchema, req.body);
    const before = await store.require(req.params.org);
    const after = await auditChange(
      context,
      req,
      'ai-ops.organization.update',
      { organization: before.name, before },
      async () => {
        const updated = await store.update(before.name, patch);
        return { result: updated, meta: { after: updated } };
      },
    );
    res.json(after);
  });

  return router;
}
