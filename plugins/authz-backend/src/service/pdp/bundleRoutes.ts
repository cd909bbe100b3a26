import Router from 'express-promise-router';
import { AuthzRouterContext } from '../AuthzRouterContext';

/**
 * `GET /pdp/bundle` and `/pdp/revision`: the PAP data for the permission
 * policy's PDP on every replica. Service principals only; users have the
 * admin routes.
 */
export function createBundleRoutes(context: AuthzRouterContext) {
  const router = Router();

  router.get('/pdp/revision', async (req, res) => {
    await context.httpAuth.credentials(req, { allow: ['service'] });
    res.json({ revision: await context.pdpData.revision() });
  });

  router.get('/pdp/bundle', async (req, res) => {
    await context.httpAuth.credentials(req, { allow: ['service'] });
    const data = await context.pdpData.load();
    res.setHeader('etag', `"${data.revision}"`);
    res.json(data);
  });

  return router;
}
