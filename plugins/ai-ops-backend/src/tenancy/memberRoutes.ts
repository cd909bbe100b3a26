import {
  aiOpsWorkspaceManagePermission,
  aiOpsWorkspaceReadPermission,
  entityRefSchema,
  putWorkspaceMemberRequestSchema,
} from '@internal/plugin-ai-ops-common';
import { parseInput } from '@internal/plugin-authz-node';
import Router from 'express-promise-router';
import { z } from 'zod';
import { auditChange } from '../service/auditChange';
import { AiOpsContext } from '../service/AiOpsContext';
import { authorizeWorkspace } from './workspaceAccess';
import { WorkspaceStore } from './WorkspaceStore';

const BASE = '/workspaces/:workspace/members';
const principalParamSchema = z.object({ principal: entityRefSchema });

/** Members of a workspace and their roles; changes audited before/after. */
export function createMemberRoutes(context: AiOpsContext) {
  const router = Router();
  const store = new WorkspaceStore(context.knex);

  router.get(BASE, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsWorkspaceReadPermission,
    );
    res.json({ items: await store.members(workspace.id) });
  });

  router.put(`${BASE}/:principal`, async (req, res) => {
    const { workspace, actor } = await authorizeWorkspace(
      context,
      req,
      aiOpsWorkspaceManagePermission,
    );
    const { principal } = parseInput(principalParamSchema, req.params);
    const { role } = parseInput(putWorkspaceMemberRequestSchema, req.body);
    const member = await auditChange(
      context,
      req,
      'ai-ops.workspace.member.put',
      { workspace: workspace.name, principal },
      async () => {
        const { before, after } = await store.putMember(
          workspace.id,
          principal,
          role,
          actor,
        );
        return { result: after, meta: { before: before ?? null, after } };
      },
    );
    res.json(member);
  });

  router.delete(`${BASE}/:principal`, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsWorkspaceManagePermission,
    );
    const { principal } = parseInput(principalParamSchema, req.params);
    await auditChange(
      context,
      req,
      'ai-ops.workspace.member.delete',
      { workspace: workspace.name, principal },
      async () => {
        const before = await store.removeMember(workspace.id, principal);
        return { result: undefined, meta: { before, after: null } };
      },
    );
    res.status(204).end();
  });

  return router;
}
