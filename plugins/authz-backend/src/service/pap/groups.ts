import {
  authzGroupManagePermission,
  authzGroupReadPermission,
  createGroupSchema,
  groupMembersSchema,
  updateGroupSchema,
} from '@internal/plugin-authz-common';
import Router from 'express-promise-router';
import { PapStores } from '../../database';
import { actorAuthorizer } from '@internal/plugin-authz-node';
import { AuthzRouterContext } from '../AuthzRouterContext';
import { parseInput } from '@internal/plugin-authz-node';
import {
  groupListQuerySchema,
  groupMemberParamsSchema,
  groupRefParamsSchema,
} from './papRequestSchemas';

/** `/groups`: teams and their members. */
export function createGroupsRouter(
  context: AuthzRouterContext,
  stores: PapStores,
) {
  const router = Router();
  const authorizeChange = actorAuthorizer(
    context.authorize,
    authzGroupManagePermission,
  );

  router.get('/groups', async (req, res) => {
    await context.authorize(req, authzGroupReadPermission);
    res.json(
      await stores.groups.list(parseInput(groupListQuerySchema, req.query)),
    );
  });

  router.get('/groups/:ref', async (req, res) => {
    await context.authorize(req, authzGroupReadPermission);
    const { ref } = parseInput(groupRefParamsSchema, req.params);
    res.json(await stores.groups.get(ref));
  });

  router.post('/groups', async (req, res) => {
    const actor = await authorizeChange(req);
    const input = parseInput(createGroupSchema, req.body);
    res.status(201).json(await stores.groups.create(actor, input));
  });

  router.patch('/groups/:ref', async (req, res) => {
    const actor = await authorizeChange(req);
    const { ref } = parseInput(groupRefParamsSchema, req.params);
    const input = parseInput(updateGroupSchema, req.body);
    res.json(await stores.groups.update(actor, ref, input));
  });

  router.delete('/groups/:ref', async (req, res) => {
    const actor = await authorizeChange(req);
    const { ref } = parseInput(groupRefParamsSchema, req.params);
    await stores.groups.delete(actor, ref);
    res.status(204).end();
  });

  router.put('/groups/:ref/members', async (req, res) => {
    const actor = await authorizeChange(req);
    const { ref } = parseInput(groupRefParamsSchema, req.params);
    const { memberRefs } = parseInput(groupMembersSchema, req.body);
    res.json(await stores.groups.setMembers(actor, ref, memberRefs));
  });

  router.post('/groups/:ref/members/:userRef', async (req, res) => {
    const actor = await authorizeChange(req);
    const { ref, userRef } = parseInput(groupMemberParamsSchema, req.params);
    res.json(await stores.groups.addMember(actor, ref, userRef));
  });

  router.delete('/groups/:ref/members/:userRef', async (req, res) => {
    const actor = await authorizeChange(req);
    const { ref, userRef } = parseInput(groupMemberParamsSchema, req.params);
    res.json(await stores.groups.removeMember(actor, ref, userRef));
  });

  return router;
}
