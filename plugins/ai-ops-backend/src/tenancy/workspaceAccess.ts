import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  AuthorizeResult,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  AI_OPS_WORKSPACE_RESOURCE_TYPE,
  aiOpsApiKeyManagePermission,
  aiOpsRunOperatePermission,
  aiOpsWorkspaceManagePermission,
} from '@internal/plugin-ai-ops-common';
import { Request } from 'express';
import { AiOpsContext } from '../service/AiOpsContext';
import {
  findWorkspaceByName,
  loadMemberRows,
  WorkspaceRow,
} from './workspaceRows';
import { decisionAllowsWorkspace } from './workspaceRules';

export type { WorkspaceRow } from './workspaceRows';

type WorkspacePermission = ResourcePermission<
  typeof AI_OPS_WORKSPACE_RESOURCE_TYPE
>;

export type WorkspaceAccess = {
  workspace: WorkspaceRow;
  /** The caller's user entity ref: who a change is recorded under. */
  actor: string;
  credentials: BackstageCredentials<BackstageUserPrincipal>;
};

export type WorkspaceFilter = {
  credentials: BackstageCredentials<BackstageUserPrincipal>;
  /** The workspaces, in order, the policy's decision allows `permission` on. */
  allowed(workspaces: WorkspaceRow[]): Promise<WorkspaceRow[]>;
  /** True when the policy's decision allows `permission` on the workspace. */
  allows(workspace: WorkspaceRow): Promise<boolean>;
};

/**
 * Asks the policy once (conditional) and applies its decision in memory to
 * each workspace with its members: a list costs one decision and one member
 * query. 401 without a user, 403 naming the denying policy when it denies
 * everywhere.
 */
export async function workspaceFilter(
  context: Pick<AiOpsContext, 'authorize' | 'knex'>,
  req: Request,
  permission: WorkspacePermission,
): Promise<WorkspaceFilter> {
  const { credentials, decision } = await context.authorize.conditional(
    req,
    permission,
  );
  const allowed = async (workspaces: WorkspaceRow[]) => {
    if (decision.result === AuthorizeResult.ALLOW) return workspaces;
    const members = await loadMemberRows(
      context.knex,
      workspaces.map(workspace => workspace.id),
    );
    return workspaces.filter(workspace =>
      decisionAllowsWorkspace(decision, {
        workspace,
        members: members.get(workspace.id)!,
      }),
    );
  };
  return {
    credentials,
    allowed,
    allows: async workspace => (await allowed([workspace])).length > 0,
  };
}

/**
 * What may still change in an archived workspace: unarchiving it and its
 * members, stopping or pausing its runs, revoking its keys. Creating
 * under these (re-runs, new keys) checks `assertWorkspaceActive` itself.
 */
const ALLOWED_WHILE_ARCHIVED = new Set([
  aiOpsWorkspaceManagePermission.name,
  aiOpsRunOperatePermission.name,
  aiOpsApiKeyManagePermission.name,
]);

/**
 * Authorizes `permission` on one workspace (`req.params.workspace` unless
 * named): 401 without a user, 404 when the workspace does not exist, 403
 * naming the denying policy, or the workspace when its members do not meet
 * the policy's conditions; 409 for a change in an archived workspace.
 */
export async function authorizeWorkspace(
  context: Pick<AiOpsContext, 'authorize' | 'knex'>,
  req: Request,
  permission: WorkspacePermission,
  workspaceName: string = req.params.workspace,
): Promise<WorkspaceAccess> {
  const filter = await workspaceFilter(context, req, permission);
  const workspace = workspaceName
    ? await findWorkspaceByName(context.knex, workspaceName)
    : undefined;
  if (!workspace) {
    throw new NotFoundError(`No workspace named '${workspaceName}'`);
  }
  if (!(await filter.allows(workspace))) {
    throw new NotAllowedError(
      `${permission.name} denied in workspace '${workspace.name}': the policy allows it only to members with the required role`,
    );
  }
  if (
    permission.attributes.action !== 'read' &&
    !ALLOWED_WHILE_ARCHIVED.has(permission.name)
  ) {
    assertWorkspaceActive(workspace);
  }
  return {
    workspace,
    actor: filter.credentials.principal.userEntityRef,
    credentials: filter.credentials,
  };
}

/** A 409 for changes in an archived workspace: it is read-only. */
export function assertWorkspaceActive(workspace: WorkspaceRow): void {
  if (workspace.archivedAt) {
    throw new ConflictError(
      `Workspace '${workspace.name}' is archived; unarchive it to change it`,
    );
  }
}
