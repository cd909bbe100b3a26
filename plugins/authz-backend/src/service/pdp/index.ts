import Router from 'express-promise-router';
import { AuthzRouterContext } from '../AuthzRouterContext';
import { createBundleRoutes } from './bundleRoutes';
import { CurrentDecisionPoint } from './CurrentDecisionPoint';
import { createDryRunRoutes } from './dryRunRoutes';
import { createHealthRoutes } from './healthRoutes';
import { createPermissionCatalogRoutes } from './permissionCatalog';

/** `/dry-run`, `/dry-run/impact`, `/pdp/*`, `/permissions`, `/health`. */
export async function createPdpRouter(context: AuthzRouterContext) {
  const router = Router();
  const current = new CurrentDecisionPoint(context.pdpData);
  router.use(createBundleRoutes(context));
  router.use(createDryRunRoutes(context, current));
  router.use(createPermissionCatalogRoutes(context));
  router.use(createHealthRoutes(context, current));
  return router;
}
