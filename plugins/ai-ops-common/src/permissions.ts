import {
  createPermission,
  Permission,
} from '@backstage/plugin-permission-common';

/**
 * The resource type every AI-Ops permission but organisation and workspace
 * creation is decided on: everything lives in a workspace, so a policy says
 * who may do what in which workspaces. The resource ref is the workspace's
 * name.
 */
export const AI_OPS_WORKSPACE_RESOURCE_TYPE = 'ai-ops-workspace';

const onWorkspace = (name: string, action: 'read' | 'update' | 'create') =>
  createPermission({
    name,
    attributes: { action },
    resourceType: AI_OPS_WORKSPACE_RESOURCE_TYPE,
  });

/** Create and edit organisations. */
export const aiOpsOrganizationManagePermission = createPermission({
  name: 'ai-ops.organization.manage',
  attributes: { action: 'update' },
});
/** Create a workspace in an organisation. */
export const aiOpsWorkspaceCreatePermission = createPermission({
  name: 'ai-ops.workspace.create',
  attributes: { action: 'create' },
});
/** See a workspace and its members. */
export const aiOpsWorkspaceReadPermission = onWorkspace(
  'ai-ops.workspace.read',
  'read',
);
/** Edit, archive a workspace; add, remove members and change their roles. */
export const aiOpsWorkspaceManagePermission = onWorkspace(
  'ai-ops.workspace.manage',
  'update',
);
/** See pipelines, their versions, graphs and schedules. */
export const aiOpsPipelineReadPermission = onWorkspace(
  'ai-ops.pipeline.read',
  'read',
);
/** Create, edit, clone, version, delete pipelines and their schedules. */
export const aiOpsPipelineUpdatePermission = onWorkspace(
  'ai-ops.pipeline.update',
  'update',
);
/** See runs, tasks, logs, artifacts and their cost. */
export const aiOpsRunReadPermission = onWorkspace('ai-ops.run.read', 'read');
/** Start a run. */
export const aiOpsRunCreatePermission = onWorkspace(
  'ai-ops.run.create',
  'create',
);
/** Stop, pause, resume, re-run a run. */
export const aiOpsRunOperatePermission = onWorkspace(
  'ai-ops.run.operate',
  'update',
);
/** See datasets, versions, validation reports and their lineage. */
export const aiOpsDatasetReadPermission = onWorkspace(
  'ai-ops.dataset.read',
  'read',
);
/** Register, edit, delete datasets and versions; run validations. */
export const aiOpsDatasetUpdatePermission = onWorkspace(
  'ai-ops.dataset.update',
  'update',
);
/** See connections and their status (never their secrets). */
export const aiOpsConnectionReadPermission = onWorkspace(
  'ai-ops.connection.read',
  'read',
);
/** Create, edit, test and delete connections. */
export const aiOpsConnectionUpdatePermission = onWorkspace(
  'ai-ops.connection.update',
  'update',
);
/** Set the workspace's budget, its thresholds and the block on new runs. */
export const aiOpsBudgetUpdatePermission = onWorkspace(
  'ai-ops.budget.update',
  'update',
);

/** Create, list and revoke the workspace's API keys. */
export const aiOpsApiKeyManagePermission = onWorkspace(
  'ai-ops.apikey.manage',
  'update',
);
/** Read a workspace secret's value and who read it. */
export const aiOpsSecretRevealPermission = onWorkspace(
  'ai-ops.secret.reveal',
  'read',
);

export const aiOpsPermissions: Permission[] = [
  aiOpsOrganizationManagePermission,
  aiOpsWorkspaceCreatePermission,
  aiOpsWorkspaceReadPermission,
  aiOpsWorkspaceManagePermission,
  aiOpsPipelineReadPermission,
  aiOpsPipelineUpdatePermission,
  aiOpsRunReadPermission,
  aiOpsRunCreatePermission,
  aiOpsRunOperatePermission,
  aiOpsDatasetReadPermission,
  aiOpsDatasetUpdatePermission,
  aiOpsConnectionReadPermission,
  aiOpsConnectionUpdatePermission,
  aiOpsBudgetUpdatePermission,
  aiOpsApiKeyManagePermission,
  aiOpsSecretRevealPermission,
];

/**
 * Permission rules on workspaces (`{ values: string[] }`, the portal
 * convention): the policy passes the caller's ownership refs, and the rule
 * matches when any of them is a member with at least that role.
 */
export const AI_OPS_WORKSPACE_RULES = {
  member: 'HAS_MEMBER',
  editor: 'HAS_EDITOR',
  admin: 'HAS_ADMIN',
} as const;
