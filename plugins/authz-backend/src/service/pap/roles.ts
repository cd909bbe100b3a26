import {
  authzRoleManagePermission,
  authzRoleReadPermission,
  createRoleSchema,
  rolePoliciesSchema,
  updateRoleSchema,
} from '@internal/plugin-authz-common';
import Router from 'express-promise-router';
import { PapStores } from '../../database';
import { actorAuthorizer } from '@internal/plugin-authz-node';
import { AuthzRouterContext } from '../AuthzRouterContext';
import { parseInput } from '@internal/plugin-authz-node';
import { roleHolderRefsSchema, roleListQuerySchema } from './papRequestSchemas';

/** `/roles`: roles, who holds them and which policies they carry. */
export function createRolesRouter(
  context: AuthzRouterContext,
  stores: PapStores,
) {
  const router = Router();
  const authorizeChange = actorAuthorizer(
    context.authorize,
    authzRoleManagePermission,
  );

  router.get('/roles', async (req, res) => {
    await context.authorize(req, authzRoleReadPermission);
    res.json(
      await stores.roles.list(parseInput(roleListQuerySchema, req.query)),
    );
  });

  router.get('/roles/:id', async (req, res) => {
    await context.authorize(req, authzRoleReadPermission);
    res.json(await stores.roles.get(req.params.id));
  });

  router.get('/roles/:id/holders', async (req, res) => {
    await context.authorize(req, authzRoleReadPermission);
    const items = await stores.roles.holders(req.params.id);
    res.json({ items, totalCount: items.length });
  });

  router.post('/roles', async (req, res) => {
    const actor = await authorizeChange(req);
    const input = parseInput(createRoleSchema, req.body);
    res.status(201).json(await stores.roles.create(actor, input));
  });

  router.patch('/roles/:id', async (req, res) => {
    const actor = await authorizeChange(req);
    const input = parseInput(updateRoleSchema, req.body);
    res.json(await stores.roles.update(actor, req.params.id, input));
  });

  router.delete('/roles/:id', async (req, res) => {
    const actor = await authorizeChange(req);
    await stores.roles.delete(actor, req.params.id);
    res.status(204).end();
  });

  router.post('/roles/:id/holders/:verb(attach|detach)', async (req, res) => {
    const actor = await authorizeChange(req);
    const { holders } = parseInput(roleHolderRefsSchema, req.body);
    res.json(
      req.params.verb === 'attach'
        ? await stores.roles.attachHolders(actor, req.params.id, holders)
        : await stores.roles.detachHolders(actor, req.params.id, holders),
    );
  });

  router.post('/roles/:id/policies/:verb(attach|detach)', async (req, res) => {
    const actor = await authorizeChange(req);
    const { policyIds } = parseInput(rolePoliciesSchema, req.body);
    res.json(
      req.params.verb === 'attach'
        ? await stores.roles.attachPolicies(actor, req.params.id, policyIds)
        : await stores.roles.detachPolicies(actor, req.params.id, policyIds),
    );
  });

  return router;
}
