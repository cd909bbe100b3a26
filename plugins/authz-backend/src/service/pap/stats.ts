import {
  authzDepartmentReadPermission,
  authzGroupReadPermission,
  authzPolicyReadPermission,
  authzRoleReadPermission,
  authzUserReadPermission,
} from '@internal/plugin-authz-common';
import Router from 'express-promise-router';
import { PapStores } from '../../database';
import { AuthzRouterContext } from '../AuthzRouterContext';

/**
 * `/stats`: the dashboard's counters. They summarise every part of the
 * model, so the caller needs every read permission.
 */
export function createStatsRouter(
  context: AuthzRouterContext,
  stores: PapStores,
) {
  const router = Router();
  router.get('/stats', async (req, res) => {
    for (const permission of [
      authzUserReadPermission,
      authzGroupReadPermission,
      authzDepartmentReadPermission,
      authzRoleReadPermission,
      authzPolicyReadPermission,
    ]) {
      await context.authorize(req, permission);
    }
    res.json(await stores.stats.read());
  });
  return router;
}
