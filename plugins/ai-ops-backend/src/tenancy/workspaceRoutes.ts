import {
  aiOpsWorkspaceCreatePermission,
  aiOpsWorkspaceManagePermission,
  aiOpsWorkspaceReadPermission,
  createWorkspaceRequestSchema,
  listWorkspacesQuerySchema,
  updateWorkspaceRequestSchema,
  WorkspaceDetail,
} from '@internal/plugin-ai-ops-common';
import { parseInput } from '@internal/plugin-authz-node';
import Router from 'express-promise-router';
import { auditChange } from '../service/auditChange';
import { AiOpsContext } from '../service/AiOpsContext';
import { OrganizationStore } from './OrganizationStore';
import { authorizeWorkspace, workspaceFilter } from './workspaceAccess';
import { toWorkspace, WorkspaceRow } from './workspaceRows';
import { WorkspaceStore } from './WorkspaceStore';

/** Workspaces: the ones the caller may read, creation, editing. */
export function createWorkspaceRoutes(context: AiOpsContext) {
  const router = Router();
  const organizations = new OrganizationStore(context.knex);
  const store = new WorkspaceStore(context.knex);
  const detail = async (row: WorkspaceRow): Promise<WorkspaceDetail> => ({
    ...toWorkspace(row),
    members: await store.members(row.id),
  });

  router.get('/workspaces', async (req, res) => {
    const filter = await workspaceFilter(
      context,
      req,
      aiOpsWorkspaceReadPermission,
    );
    const query = parseInput(listWorkspacesQuerySchema, req.query);
    const rows = await filter.allowed(await store.list(query));
    res.json({ items: rows.map(toWorkspace) });
  });

  router.post('/organizations/:org/workspaces', async (req, res) => {
    const credentials = await context.authorize(
      req,
      aiOpsWorkspaceCreatePermission,
    );
    const actor = credentials.principal.userEntityRef;
    const body = parseInput(createWorkspaceRequestSchema, req.body);
    const organization = await organizations.require(req.params.org);
    // Somebody must be able to manage it: the creator, unless an admin is named.
    const members = body.members.some(m => m.role === 'admin')
      ? body.members
      : [
          ...body.members.filter(m => m.principal !== actor.toLowerCase()),
          { principal: actor.toLowerCase(), role: 'admin' as const },
        ];
    const created = await auditChange(
      context,
      req,
      'ai-ops.workspace.create',
      { organization: organization.name, workspace: body.name },
      async () => {
        const row = await store.create(
          organization,
          { ...body, members },
          actor,
        );
        const after = await detail(row);
        return { result: after, meta: { after } };
      },
    );
    res.status(201).json(created);
  });

  router.get('/workspaces/:workspace', async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsWorkspaceReadPermission,
    );
    res.json(await detail(workspace));
  });

  router.patch('/workspaces/:workspace', async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsWorkspaceManagePermission,
    );
    const patch = parseInput(updateWorkspaceRequestSchema, req.body);
    const before = toWorkspace(workspace);
    const after = await auditChange(
      context,
      req,
      'ai-ops.workspace.update',
      { workspace: workspace.name, before },
      async () => {
        const updated = toWorkspace(await store.update(workspace, patch));
        return { result: updated, meta: { after: updated } };
      },
    );
    res.json(after);
  });

  return router;
}
