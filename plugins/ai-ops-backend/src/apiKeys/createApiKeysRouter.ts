import Router from 'express-promise-router';
import { DefaultRunLauncher } from '../runs/RunLauncher';
import { AiOpsContext } from '../service/AiOpsContext';
import { createApiKeyRoutes } from './apiKeyRoutes';
import { ApiKeyStore } from './ApiKeyStore';
import {
  AuthzCreatorAccessCheck,
  CreatorAccessCheck,
} from './CreatorAccessCheck';
import { createKeyRunRoutes } from './keyRunRoutes';

/** Managing API keys (signed in) and the `/v1` routes keys are used on. */
export function createApiKeysRouter(
  context: AiOpsContext,
  launcher: DefaultRunLauncher,
  creatorAccess: CreatorAccessCheck = new AuthzCreatorAccessCheck(context),
) {
  const keys = new ApiKeyStore(context.knex);
  const router = Router();
  router.use(createApiKeyRoutes(context, keys));
  router.use(createKeyRunRoutes(context, { keys, creatorAccess, launcher }));
  return router;
}
