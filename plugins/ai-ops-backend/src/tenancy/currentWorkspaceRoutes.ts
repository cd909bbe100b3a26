import {
  aiOpsWorkspaceReadPermission,
  CurrentWorkspace,
  switchWorkspaceRequestSchema,
} from '@internal/plugin-ai-ops-common';
import { parseInput } from '@internal/plugin-authz-node';
import Router from 'express-promise-router';
import { auditChange } from '../service/auditChange';
import { AiOpsContext } from '../service/AiOpsContext';
import { CurrentWorkspaceStore } from './CurrentWorkspaceStore';
import { authorizeWorkspace, workspaceFilter } from './workspaceAccess';
import { selectWorkspaces, toWorkspace, toWorkspaceRow } from './workspaceRows';

/** The caller's current workspace, and switching it (audited). */
export function createCurrentWorkspaceRoutes(context: AiOpsContext) {
  const router = Router();
  const store = new CurrentWorkspaceStore(context.knex);
  const byId = async (id: string | undefined) => {
    const row = id
      ? await selectWorkspaces(context.knex).where('w.id', id).first()
      : undefined;
    return row && toWorkspaceRow(row);
  };

  router.get('/me/workspace', async (req, res) => {
    const filter = await workspaceFilter(
      context,
      req,
      aiOpsWorkspaceReadPermission,
    );
    const user = filter.credentials.principal.userEntityRef;
    const current = await byId(await store.get(user));
    // One the caller may no longer read is no current workspace.
    const body: CurrentWorkspace =
      current && (await filter.allows(current))
        ? { workspace: toWorkspace(current) }
        : {};
    res.json(body);
  });

  router.put('/me/workspace', async (req, res) => {
    const body = parseInput(switchWorkspaceRequestSchema, req.body);
    const { workspace, actor } = await authorizeWorkspace(
      context,
      req,
      aiOpsWorkspaceReadPermission,
      body.workspace,
    );
    const before = await byId(await store.get(actor));
    await auditChange(
      context,
      req,
      'ai-ops.workspace.switch',
      { user: actor, before: before?.name ?? null },
      async () => {
        await store.set(actor, workspace.id);
        return { result: undefined, meta: { after: workspace.name } };
      },
    );
    const answer: CurrentWorkspace = { workspace: toWorkspace(workspace) };
    res.json(answer);
  });

  return router;
}
