import {
  authzPolicyReadPermission,
  authzPolicyUpdatePermission,
  createPolicySchema,
  updatePolicySchema,
} from '@internal/plugin-authz-common';
import Router from 'express-promise-router';
import { PapStores } from '../../database';
import { actorAuthorizer } from '@internal/plugin-authz-node';
import { AuthzRouterContext } from '../AuthzRouterContext';
import { parseInput } from '@internal/plugin-authz-node';
import {
  policyExportQuerySchema,
  policyListQuerySchema,
} from './papRequestSchemas';

/** `/policies`: policy documents, their history and the JSON export. */
export function createPoliciesRouter(
  context: AuthzRouterContext,
  stores: PapStores,
) {
  const router = Router();
  const authorizeChange = actorAuthorizer(
    context.authorize,
    authzPolicyUpdatePermission,
  );

  router.get('/policies', async (req, res) => {
    await context.authorize(req, authzPolicyReadPermission);
    res.json(
      await stores.policies.list(parseInput(policyListQuerySchema, req.query)),
    );
  });

  // Before `/policies/:id`, which would otherwise take "export" for an id.
  router.get('/policies/export', async (req, res) => {
    await context.authorize(req, authzPolicyReadPermission);
    const { ids } = parseInput(policyExportQuerySchema, req.query);
    const policies = await stores.policies.export(ids);
    res.attachment('authz-policies.json');
    res.send(
      JSON.stringify(
        { exportedAt: new Date().toISOString(), policies },
        null,
        2,
      ),
    );
  });

  router.get('/policies/:id', async (req, res) => {
    await context.authorize(req, authzPolicyReadPermission);
    res.json(await stores.policies.get(req.params.id));
  });

  router.get('/policies/:id/versions', async (req, res) => {
    await context.authorize(req, authzPolicyReadPermission);
    const items = await stores.policies.versions(req.params.id);
    res.json({ items, totalCount: items.length });
  });

  router.post('/policies', async (req, res) => {
    const actor = await authorizeChange(req);
    const input = parseInput(createPolicySchema, req.body);
    res.status(201).json(await stores.policies.create(actor, input));
  });

  router.patch('/policies/:id', async (req, res) => {
    const actor = await authorizeChange(req);
    const input = parseInput(updatePolicySchema, req.body);
    res.json(await stores.policies.update(actor, req.params.id, input));
  });

  router.delete('/policies/:id', async (req, res) => {
    const actor = await authorizeChange(req);
    await stores.policies.delete(actor, req.params.id);
    res.status(204).end();
  });

  return router;
}
