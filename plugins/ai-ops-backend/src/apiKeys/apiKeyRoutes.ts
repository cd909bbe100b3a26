import {
  aiOpsApiKeyManagePermission,
  createApiKeyRequestSchema,
} from '@internal/plugin-ai-ops-common';
import { parseInput } from '@internal/plugin-authz-node';
import Router from 'express-promise-router';
import { auditChange } from '../service/auditChange';
import { AiOpsContext } from '../service/AiOpsContext';
import {
  assertWorkspaceActive,
  authorizeWorkspace,
} from '../tenancy/workspaceAccess';
import { SCOPE_PERMISSIONS } from './authenticateApiKey';
import { ApiKeyStore } from './ApiKeyStore';

const BASE = '/workspaces/:workspace/api-keys';

/** A workspace's API keys: create (shown once), list masked, revoke. */
export function createApiKeyRoutes(context: AiOpsContext, keys: ApiKeyStore) {
  const router = Router();

  router.get(BASE, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsApiKeyManagePermission,
    );
    res.json({ items: await keys.list(workspace) });
  });

  router.post(BASE, async (req, res) => {
    const { workspace, actor } = await authorizeWorkspace(
      context,
      req,
      aiOpsApiKeyManagePermission,
    );
    assertWorkspaceActive(workspace);
    const body = parseInput(createApiKeyRequestSchema, req.body);
    // A key acts for its creator: it grants nothing the creator may not do.
    for (const scope of body.scopes) {
      await authorizeWorkspace(context, req, SCOPE_PERMISSIONS[scope]);
    }
    const created = await auditChange(
      context,
      req,
      'ai-ops.apikey.create',
      { workspace: workspace.name, name: body.name, scopes: body.scopes },
      async () => {
        const key = await keys.create(workspace, body, actor);
        const { key: _secret, ...after } = key;
        return { result: key, meta: { after } };
      },
    );
    res.status(201).json(created);
  });

  router.post(`${BASE}/:keyId/revoke`, async (req, res) => {
    const { workspace, actor } = await authorizeWorkspace(
      context,
      req,
      aiOpsApiKeyManagePermission,
    );
    const before = await keys.require(workspace, req.params.keyId);
    const after = await auditChange(
      context,
      req,
      'ai-ops.apikey.revoke',
      { workspace: workspace.name, apiKeyId: before.id, before },
      async () => {
        const revoked = await keys.revoke(workspace, before.id, actor);
        return { result: revoked, meta: { after: revoked } };
      },
    );
    res.json(after);
  });

  return router;
}
