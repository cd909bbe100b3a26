import {
  aiOpsConnectionReadPermission,
  aiOpsConnectionUpdatePermission,
  connectionConfigSchemas,
  createConnectionRequestSchema,
  updateConnectionRequestSchema,
} from '@internal/plugin-ai-ops-common';
import { parseInput } from '@internal/plugin-authz-node';
import Router from 'express-promise-router';
import { z } from 'zod';
import { auditChange } from '../../service/auditChange';
import { AiOpsContext } from '../../service/AiOpsContext';
import {
  authorizeWorkspace,
  WorkspaceRow,
} from '../../tenancy/workspaceAccess';
import { ConnectionStore } from './ConnectionStore';
import { assertSecretExists, secretReader } from './secrets';
import { testConnection } from './testConnection';

const BASE = '/workspaces/:workspace/connections';

/**
 * Connections of a workspace: settings and the name of their secret, never
 * a secret's value; `POST .../test` connects for real and keeps the status.
 */
export function createConnectionRoutes(context: AiOpsContext) {
  const router = Router();
  const store = new ConnectionStore(context.knex);
  const checkSecret = async (
    workspace: WorkspaceRow,
    name: string | null | undefined,
  ) => {
    if (name) await assertSecretExists(context, workspace, name);
  };

  router.get(BASE, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsConnectionReadPermission,
    );
    res.json({ items: await store.list(workspace) });
  });

  router.post(BASE, async (req, res) => {
    const { workspace, actor } = await authorizeWorkspace(
      context,
      req,
      aiOpsConnectionUpdatePermission,
    );
    const body = parseInput(createConnectionRequestSchema, req.body);
    await checkSecret(workspace, body.secretRef);
    const created = await auditChange(
      context,
      req,
      'ai-ops.connection.create',
      { workspace: workspace.name, name: body.name, type: body.type },
      async () => {
        const connection = await store.create(
          workspace,
          { ...body, owner: body.owner ?? actor },
          actor,
        );
        return { result: connection, meta: { after: connection } };
      },
    );
    res.status(201).json(created);
  });

  router.get(`${BASE}/:connection`, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsConnectionReadPermission,
    );
    res.json(await store.require(workspace, req.params.connection));
  });

  router.patch(`${BASE}/:connection`, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsConnectionUpdatePermission,
    );
    const before = await store.require(workspace, req.params.connection);
    const patch = parseInput(updateConnectionRequestSchema, req.body);
    const config =
      patch.config &&
      parseInput(
        z.object({ config: connectionConfigSchemas[before.type] }),
        { config: patch.config },
      ).config;
    await checkSecret(workspace, patch.secretRef);
    const after = await auditChange(
      context,
      req,
      'ai-ops.connection.update',
      { workspace: workspace.name, connection: before.name, before },
      async () => {
        const updated = await store.update(workspace, before, {
          ...patch,
          config,
        });
        return { result: updated, meta: { after: updated } };
      },
    );
    res.json(after);
  });

  router.delete(`${BASE}/:connection`, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsConnectionUpdatePermission,
    );
    const before = await store.require(workspace, req.params.connection);
    await auditChange(
      context,
      req,
      'ai-ops.connection.delete',
      { workspace: workspace.name, connection: before.name, before },
      async () => ({ result: await store.delete(before) }),
    );
    res.status(204).end();
  });

  router.post(`${BASE}/:connection/test`, async (req, res) => {
    const { workspace, actor } = await authorizeWorkspace(
      context,
      req,
      aiOpsConnectionUpdatePermission,
    );
    const connection = await store.require(workspace, req.params.connection);
    const answer = await auditChange(
      context,
      req,
      'ai-ops.connection.test',
      { workspace: workspace.name, connection: connection.name },
      async () => {
        const result = await testConnection(
          secretReader(context, workspace, {
            actor,
            purpose: `connection test '${connection.name}'`,
            req,
          }),
          connection,
        );
        const tested = await store.recordTest(workspace, connection, result);
        return { result: { result, connection: tested }, meta: { result } };
      },
    );
    res.json(answer);
  });

  return router;
}
