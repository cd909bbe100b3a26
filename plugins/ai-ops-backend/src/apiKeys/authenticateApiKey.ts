import { AuthenticationError, NotAllowedError } from '@backstage/errors';
import { ResourcePermission } from '@backstage/plugin-permission-common';
import {
  AI_OPS_WORKSPACE_RESOURCE_TYPE,
  API_KEY_HEADER,
  ApiKeyScope,
  aiOpsDatasetReadPermission,
  aiOpsRunCreatePermission,
  aiOpsRunReadPermission,
} from '@internal/plugin-ai-ops-common';
import { Request } from 'express';
import { Knex } from 'knex';
import { findWorkspaceByName, WorkspaceRow } from '../tenancy/workspaceRows';
import { secretMatches, parseApiKey } from './apiKeyFormat';
import { ApiKeyStore } from './ApiKeyStore';
import { CreatorAccessCheck } from './CreatorAccessCheck';

/** The workspace permission each scope stands for. */
export const SCOPE_PERMISSIONS: Record<
  ApiKeyScope,
  ResourcePermission<typeof AI_OPS_WORKSPACE_RESOURCE_TYPE>
> = {
  'runs:create': aiOpsRunCreatePermission,
  'runs:read': aiOpsRunReadPermission,
  'datasets:read': aiOpsDatasetReadPermission,
};

export type KeyAccess = {
  workspace: WorkspaceRow;
  /** The key's creator: the key acts for them. */
  actor: string;
  apiKeyId: string;
};

/**
 * Authenticates the `X-AI-Ops-Key` of a request for `scope` in the URL's
 * workspace: 401 for a missing, unknown, revoked or expired key; 403 for a
 * key of another workspace, without the scope, or whose creator may no
 * longer do it under the Access policy.
 */
export async function authenticateApiKey(
  deps: { knex: Knex; keys: ApiKeyStore; creatorAccess: CreatorAccessCheck },
  req: Request,
  scope: ApiKeyScope,
): Promise<KeyAccess> {
  const presented = req.header(API_KEY_HEADER);
  if (!presented) {
    throw new AuthenticationError(
      `Send an AI-Ops API key in the X-AI-Ops-Key header`,
    );
  }
  const parsed = parseApiKey(presented);
  const key = parsed && (await deps.keys.findForUse(parsed.id));
  if (!parsed || !key || !secretMatches(parsed.secret, key.secretHash)) {
    throw new AuthenticationError('Invalid AI-Ops API key');
  }
  if (key.revokedAt) {
    throw new AuthenticationError(`API key ${key.id} has been revoked`);
  }
  const now = new Date();
  if (key.expiresAt && key.expiresAt <= now) {
    throw new AuthenticationError(
      `API key ${key.id} expired at ${key.expiresAt.toISOString()}`,
    );
  }
  const workspace = await findWorkspaceByName(deps.knex, req.params.workspace);
  if (!workspace || workspace.id !== key.workspaceId) {
    throw new NotAllowedError(
      `API key ${key.id} is not a key of workspace '${req.params.workspace}'`,
    );
  }
  if (!key.scopes.includes(scope)) {
    throw new NotAllowedError(`API key ${key.id} lacks the scope '${scope}'`);
  }
  const permission = SCOPE_PERMISSIONS[scope];
  const access = await deps.creatorAccess.check(
    key.createdBy,
    permission,
    workspace.name,
  );
  if (!access.allowed) {
    throw new NotAllowedError(
      `${permission.name} denied for ${key.createdBy}, the creator of API key ${
        key.id
      }: ${access.reason}${
        access.decisionId ? ` (decision ${access.decisionId})` : ''
      }`,
    );
  }
  await deps.keys.touch(key, now);
  return { workspace, actor: key.createdBy, apiKeyId: key.id };
}
