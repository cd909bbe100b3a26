import {
  authzUserManagePermission,
  authzUserReadPermission,
  bulkUserActionSchema,
  createUserSchema,
  updateUserSchema,
  userListQuerySchema,
} from '@internal/plugin-authz-common';
import Router from 'express-promise-router';
import { PapStores } from '../../database';
import { actorAuthorizer } from '@internal/plugin-authz-node';
import { AuthzRouterContext } from '../AuthzRouterContext';
import { parseInput } from '@internal/plugin-authz-node';
import { userRefParamsSchema } from './papRequestSchemas';
import { parseUserCsv } from './userCsv';

/** `/users`: list, detail, create, edit, delete, bulk actions, CSV import. */
export function createUsersRouter(
  context: AuthzRouterContext,
  stores: PapStores,
) {
  const router = Router();
  const authorizeChange = actorAuthorizer(
    context.authorize,
    authzUserManagePermission,
  );

  router.get('/users', async (req, res) => {
    await context.authorize(req, authzUserReadPermission);
    res.json(
      await stores.users.list(parseInput(userListQuerySchema, req.query)),
    );
  });

  router.get('/users/:ref', async (req, res) => {
    await context.authorize(req, authzUserReadPermission);
    const { ref } = parseInput(userRefParamsSchema, req.params);
    res.json(await stores.users.get(ref));
  });

  router.post('/users', async (req, res) => {
    const actor = await authorizeChange(req);
    const input = parseInput(createUserSchema, req.body);
    res.status(201).json(await stores.users.create(actor, input));
  });

  router.patch('/users/:ref', async (req, res) => {
    const actor = await authorizeChange(req);
    const { ref } = parseInput(userRefParamsSchema, req.params);
    const patch = parseInput(updateUserSchema, req.body);
    res.json(await stores.users.update(actor, ref, patch));
  });

  router.delete('/users/:ref', async (req, res) => {
    const actor = await authorizeChange(req);
    const { ref } = parseInput(userRefParamsSchema, req.params);
    await stores.users.delete(actor, ref);
    res.status(204).end();
  });

  router.post('/users/bulk', async (req, res) => {
    const actor = await authorizeChange(req);
    const action = parseInput(bulkUserActionSchema, req.body);
    const results = await stores.userBatches.bulk(actor, action);
    res.json({ results });
  });

  router.post('/users/import', async (req, res) => {
    const actor = await authorizeChange(req);
    const { rows, rejected } = parseUserCsv(req.body);
    const imported = await stores.userBatches.importUsers(actor, rows);
    const report = [...rejected, ...imported].sort((a, b) => a.row - b.row);
    const count = (status: string) =>
      report.filter(r => r.status === status).length;
    res.json({
      rows: report,
      summary: {
        created: count('created'),
        updated: count('updated'),
        skipped: count('skipped'),
        invalid: count('invalid'),
      },
    });
  });

  return router;
}
