import { usePermission } from '@backstage/plugin-permission-react';
import type { aiOpsWorkspaceManagePermission } from '@internal/plugin-ai-ops-common';
import { useWorkspace } from './WorkspaceContext';

/** AI-Ops' permissions on a workspace (all but creating one), like this. */
type WorkspacePermission = typeof aiOpsWorkspaceManagePermission;

/**
 * Whether the signed-in user may use `permission` on the current workspace
 * (the resource ref is its name), and why not as a tooltip for disabled
 * controls. Not allowed until the answer is in; the server checks again.
 */
export function useWorkspacePermission(permission: WorkspacePermission): {
  allowed: boolean;
  reason?: string;
} {
  const workspace = useWorkspace();
  const { allowed, loading } = usePermission({
    permission,
    resourceRef: workspace,
  });
  if (allowed) return { allowed };
  return {
    allowed,
    reason: loading
      ? 'Checking your permissions…'
      : `You need ${permission.name} in ${workspace} to change this`,
  };
}
