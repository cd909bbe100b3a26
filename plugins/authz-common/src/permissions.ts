import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Permissions that guard the Access family's own admin API. They are basic
 * (not resource) permissions: the admin screens act on the whole model.
 */
export const authzUserReadPermission = createPermission({
  name: 'authz.user.read',
  attributes: { action: 'read' },
});
export const authzUserManagePermission = createPermission({
  name: 'authz.user.manage',
  attributes: { action: 'update' },
});
export const authzGroupReadPermission = createPermission({
  name: 'authz.group.read',
  attributes: { action: 'read' },
});
export const authzGroupManagePermission = createPermission({
  name: 'authz.group.manage',
  attributes: { action: 'update' },
});
export const authzDepartmentReadPermission = createPermission({
  name: 'authz.department.read',
  attributes: { action: 'read' },
});
export const authzDepartmentManagePermission = createPermission({
  name: 'authz.department.manage',
  attributes: { action: 'update' },
});
export const authzRoleReadPermission = createPermission({
  name: 'authz.role.read',
  attributes: { action: 'read' },
});
export const authzRoleManagePermission = createPermission({
  name: 'authz.role.manage',
  attributes: { action: 'update' },
});
export const authzPolicyReadPermission = createPermission({
  name: 'authz.policy.read',
  attributes: { action: 'read' },
});
export const authzPolicyUpdatePermission = createPermission({
  name: 'authz.policy.update',
  attributes: { action: 'update' },
});
/** Dry-run: ask the PDP about someone else without acting. */
export const authzDecisionSimulatePermission = createPermission({
  name: 'authz.decision.simulate',
  attributes: {},
});
export const authzAuditReadPermission = createPermission({
  name: 'authz.audit.read',
  attributes: { action: 'read' },
});
/** Retention and other audit settings. */
export const authzAuditConfigurePermission = createPermission({
  name: 'authz.audit.configure',
  attributes: { action: 'update' },
});

/** Record one's own sign-in (the users table's "last login"). */
export const authzSessionRecordPermission = createPermission({
  name: 'authz.session.record',
  attributes: {},
});

export const authzPermissions = [
  authzUserReadPermission,
  authzUserManagePermission,
  authzGroupReadPermission,
  authzGroupManagePermission,
  authzDepartmentReadPermission,
  authzDepartmentManagePermission,
  authzRoleReadPermission,
  authzRoleManagePermission,
  authzPolicyReadPermission,
  authzPolicyUpdatePermission,
  authzDecisionSimulatePermission,
  authzAuditReadPermission,
  authzAuditConfigurePermission,
  authzSessionRecordPermission,
];
