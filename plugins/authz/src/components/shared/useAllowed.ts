import { usePermission } from '@backstage/plugin-permission-react';
import type { authzUserManagePermission } from '@internal/plugin-authz-common';

/** The Access family's permissions are all basic ones, like this one. */
type AuthzPermission = typeof authzUserManagePermission;

/**
 * Whether the signed-in user may use a manage action. The server decides
 * again on every request; this only keeps buttons from inviting a 403.
 */
export function useAllowed(permission: AuthzPermission): boolean {
  return usePermission({ permission }).allowed;
}
