import {
  authzDepartmentManagePermission,
  authzDepartmentReadPermission,
  createDepartmentSchema,
  moveDepartmentSchema,
  updateDepartmentSchema,
} from '@internal/plugin-authz-common';
import Router from 'express-promise-router';
import { PapStores } from '../../database';
import { actorAuthorizer } from '@internal/plugin-authz-node';
import { AuthzRouterContext } from '../AuthzRouterContext';
import { parseInput } from '@internal/plugin-authz-node';
import { groupRefParamsSchema } from './papRequestSchemas';

/** `/departments`: the department tree. */
export function createDepartmentsRouter(
  context: AuthzRouterContext,
  stores: PapStores,
) {
  const router = Router();
  const authorizeChange = actorAuthorizer(
    context.authorize,
    authzDepartmentManagePermission,
  );

  router.get('/departments', async (req, res) => {
    await context.authorize(req, authzDepartmentReadPermission);
    const { items, tree } = await stores.departments.list();
    res.json({ items, totalCount: items.length, tree });
  });

  /** With the users of the department and of those below it. */
  router.get('/departments/:ref', async (req, res) => {
    await context.authorize(req, authzDepartmentReadPermission);
    const { ref } = parseInput(groupRefParamsSchema, req.params);
    const department = await stores.departments.get(ref);
    res.json({ ...department, members: await stores.users.inDepartment(ref) });
  });

  router.post('/departments', async (req, res) => {
    const actor = await authorizeChange(req);
    const input = parseInput(createDepartmentSchema, req.body);
    res.status(201).json(await stores.departments.create(actor, input));
  });

  router.patch('/departments/:ref', async (req, res) => {
    const actor = await authorizeChange(req);
    const { ref } = parseInput(groupRefParamsSchema, req.params);
    const input = parseInput(updateDepartmentSchema, req.body);
    res.json(await stores.departments.update(actor, ref, input));
  });

  router.post('/departments/:ref/move', async (req, res) => {
    const actor = await authorizeChange(req);
    const { ref } = parseInput(groupRefParamsSchema, req.params);
    const input = parseInput(moveDepartmentSchema, req.body);
    res.json(await stores.departments.move(actor, ref, input));
  });

  router.delete('/departments/:ref', async (req, res) => {
    const actor = await authorizeChange(req);
    const { ref } = parseInput(groupRefParamsSchema, req.params);
    await stores.departments.delete(actor, ref);
    res.status(204).end();
  });

  return router;
}
