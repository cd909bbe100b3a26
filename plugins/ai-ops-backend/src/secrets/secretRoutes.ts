import { NotFoundError } from '@backstage/errors';
import {
  aiOpsConnectionReadPermission,
  aiOpsConnectionUpdatePermission,
  aiOpsSecretRevealPermission,
  putSecretRequestSchema,
  revealSecretRequestSchema,
  secretAccessLogQuerySchema,
  secretNameSchema,
} from '@internal/plugin-ai-ops-common';
import { parseInput } from '@internal/plugin-authz-node';
import { Request } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { auditChange } from '../service/auditChange';
import { AiOpsContext } from '../service/AiOpsContext';
import { authorizeWorkspace } from '../tenancy/workspaceAccess';
import { WorkspaceRow } from '../tenancy/workspaceRows';
import { SecretStore } from './SecretStore';
import { SecretVault } from './SecretVault';

const BASE = '/workspaces/:workspace/secrets';
const nameParam = z.object({ name: secretNameSchema });

/**
 * Workspace secrets: names for members, values written by workspace admins
 * (`ai-ops.connection.update`) and read back only with
 * `ai-ops.secret.reveal`, each read in the access log.
 */
export function createSecretRoutes(context: AiOpsContext) {
  const router = Router();
  const store = new SecretStore(context.knex);
  const vault = new SecretVault(context);

  const nameOf = (req: Request) => parseInput(nameParam, req.params).name;
  const requireSecret = async (workspace: WorkspaceRow, name: string) => {
    const secret = await store.get(workspace, name);
    if (!secret) {
      throw new NotFoundError(
        `No secret named '${name}' in workspace '${workspace.name}'`,
      );
    }
    return secret;
  };

  router.get(BASE, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsConnectionReadPermission,
    );
    res.json({ items: await store.list(workspace) });
  });

  router.put(`${BASE}/:name`, async (req, res) => {
    const { workspace, actor } = await authorizeWorkspace(
      context,
      req,
      aiOpsConnectionUpdatePermission,
    );
    const name = nameOf(req);
    const body = parseInput(putSecretRequestSchema, req.body);
    const { created, secret } = await auditChange(
      context,
      req,
      'ai-ops.secret.put',
      { workspace: workspace.name, secret: name },
      async () => {
        const result = await store.put(
          workspace,
          name,
          body,
          actor,
          context.secretCipher,
        );
        return { result, meta: { after: result.secret } };
      },
    );
    res.status(created ? 201 : 200).json(secret);
  });

  router.delete(`${BASE}/:name`, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsConnectionUpdatePermission,
    );
    const before = await requireSecret(workspace, nameOf(req));
    await auditChange(
      context,
      req,
      'ai-ops.secret.delete',
      { workspace: workspace.name, secret: before.name, before },
      async () => ({ result: await store.delete(workspace, before.name) }),
    );
    res.status(204).end();
  });

  router.post(`${BASE}/:name/reveal`, async (req, res) => {
    const { workspace, actor } = await authorizeWorkspace(
      context,
      req,
      aiOpsSecretRevealPermission,
    );
    const name = nameOf(req);
    const { reason } = parseInput(revealSecretRequestSchema, req.body ?? {});
    const value = await vault.read(workspace, name, {
      actor,
      purpose: reason ? `reveal: ${reason}` : 'reveal',
      req,
    });
    if (value === undefined) await requireSecret(workspace, name);
    res.json({ name, value });
  });

  router.get(`${BASE}/:name/access-log`, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsSecretRevealPermission,
    );
    const { limit } = parseInput(secretAccessLogQuerySchema, req.query);
    res.json({
      items: await store.accessLog(workspace, nameOf(req), limit),
    });
  });

  return router;
}
