import Router from 'express-promise-router';
import { PapStores } from '../../database';
import { AuthzRouterContext } from '../AuthzRouterContext';
import { createDepartmentsRouter } from './departments';
import { createGroupsRouter } from './groups';
import { createPoliciesRouter } from './policies';
import { createRolesRouter } from './roles';
import { createSignInsRouter } from './signIns';
import { createStatsRouter } from './stats';
import { createUsersRouter } from './users';

/** The policy administration routes; bodies are parsed by the caller. */
export function createPapRouter(
  context: AuthzRouterContext,
  stores: PapStores,
) {
  const router = Router();
  router.use(createUsersRouter(context, stores));
  router.use(createGroupsRouter(context, stores));
  router.use(createDepartmentsRouter(context, stores));
  router.use(createRolesRouter(context, stores));
  router.use(createPoliciesRouter(context, stores));
  router.use(createStatsRouter(context, stores));
  router.use(createSignInsRouter(context, stores));
  return router;
}
