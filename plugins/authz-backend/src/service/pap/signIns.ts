import { authzSessionRecordPermission } from '@internal/plugin-authz-common';
import Router from 'express-promise-router';
import { PapStores } from '../../database';
import { AuthzRouterContext } from '../AuthzRouterContext';

/**
 * `POST /me/sign-ins`: the app calls it once a sign-in succeeds, so that the
 * users table can show each user's last login.
 */
export function createSignInsRouter(
  context: AuthzRouterContext,
  stores: PapStores,
) {
  const router = Router();
  router.post('/me/sign-ins', async (req, res) => {
    const credentials = await context.authorize(
      req,
      authzSessionRecordPermission,
    );
    await stores.users.touchLastLogin(credentials.principal.userEntityRef);
    res.status(204).end();
  });
  return router;
}
