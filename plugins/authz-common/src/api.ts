import { z } from 'zod';
import { policyDocumentSchema } from './policyDocument';

/** Request bodies and query strings of `/api/authz`, validated on the server. */

const entityRef = (kind: 'user' | 'group') =>
  z
    .string()
    .regex(
      new RegExp(`^${kind}:[a-z0-9-_.]+/[A-Za-z0-9-_.]+$`),
      `must be a ${kind} entity ref like ${kind}:default/name`,
    );
export const userRefSchema = entityRef('user');
export const groupRefSchema = entityRef('group');
const entityName = z
  .string()
  .regex(
    /^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$/,
    'must be a catalog name (a-z, 0-9, ., _, -)',
  );

export const listQuerySchema = z.object({
  q: z.string().max(200).optional(),
  sort: z.string().max(40).optional(),
  order: z.enum(['asc', 'desc']).default('asc'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export const userListQuerySchema = listQuerySchema.extend({
  status: z.enum(['active', 'disabled']).optional(),
  departmentRef: groupRefSchema.optional(),
  groupRef: groupRefSchema.optional(),
  roleId: z.string().optional(),
});

export const createUserSchema = z.strictObject({
  name: entityName,
  displayName: z.string().max(200).optional(),
  email: z.email().optional(),
  status: z.enum(['active', 'disabled']).default('active'),
  departmentRef: groupRefSchema.optional(),
  groupRefs: z.array(groupRefSchema).default([]),
});
export const updateUserSchema = z.strictObject({
  displayName: z.string().max(200).optional(),
  email: z.email().optional(),
  status: z.enum(['active', 'disabled']).optional(),
  departmentRef: groupRefSchema.nullable().optional(),
});
export const bulkUserActionSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.enum(['activate', 'disable', 'delete']),
    refs: z.array(userRefSchema).min(1).max(1000),
  }),
  z.strictObject({
    action: z.enum(['attachRole', 'detachRole']),
    refs: z.array(userRefSchema).min(1).max(1000),
    roleId: z.string().min(1),
  }),
]);

export const createGroupSchema = z.strictObject({
  name: entityName,
  title: z.string().max(200).optional(),
  description: z.string().max(2000).optional(),
});
export const updateGroupSchema = createGroupSchema.omit({ name: true });
export const groupMembersSchema = z.strictObject({
  memberRefs: z.array(userRefSchema).max(5000),
});

export const createDepartmentSchema = z.strictObject({
  name: entityName,
  title: z.string().max(200).optional(),
  parentRef: groupRefSchema.optional(),
});
export const updateDepartmentSchema = z.strictObject({
  title: z.string().max(200).optional(),
});
/** Move within the tree: a new parent (null for a root) and sibling index. */
export const moveDepartmentSchema = z.strictObject({
  parentRef: groupRefSchema.nullable(),
  position: z.number().int().min(0),
});

const roleFields = {
  name: z.string().min(1).max(100),
  description: z.string().max(2000).optional(),
  active: z.boolean(),
  allUsers: z.boolean(),
};
export const createRoleSchema = z.strictObject({
  ...roleFields,
  active: roleFields.active.default(true),
  allUsers: roleFields.allUsers.default(false),
});
/** Without defaults: a field left out of a PATCH stays as it is. */
export const updateRoleSchema = z.strictObject(roleFields).partial();
export const roleHoldersSchema = z.strictObject({
  holders: z
    .array(
      z.strictObject({
        kind: z.enum(['user', 'group', 'department']),
        ref: z.string().min(1),
      }),
    )
    .min(1)
    .max(1000),
});
export const rolePoliciesSchema = z.strictObject({
  policyIds: z.array(z.string().min(1)).min(1).max(500),
});

const policyFields = {
  name: z
    .string()
    .regex(
      /^[A-Za-z0-9+=,.@_-]{1,128}$/,
      'must be 1-128 of A-Z a-z 0-9 +=,.@_-',
    ),
  description: z.string().max(2000).optional(),
  active: z.boolean(),
  document: policyDocumentSchema,
};
export const createPolicySchema = z.strictObject({
  ...policyFields,
  active: policyFields.active.default(true),
});
/** Without defaults: a field left out of a PATCH stays as it is. */
export const updatePolicySchema = z.strictObject(policyFields).partial();

export const dryRunPermissionSchema = z.strictObject({
  name: z.string().min(1),
  type: z.enum(['basic', 'resource']).default('basic'),
  resourceType: z.string().optional(),
  action: z.enum(['create', 'read', 'update', 'delete']).optional(),
});
/** A policy as it would be saved: replaces `policyId`, or is added to roles. */
export const draftPolicySchema = z.strictObject({
  policyId: z.string().optional(),
  roleIds: z.array(z.string()).default([]),
  document: policyDocumentSchema,
});
export const dryRunRequestSchema = z.strictObject({
  /** A user, or a made-up principal holding the given groups/roles. */
  principal: z.union([
    z.strictObject({ userRef: userRefSchema }),
    z.strictObject({
      groupRefs: z.array(groupRefSchema).default([]),
      roleIds: z.array(z.string()).default([]),
    }),
  ]),
  permission: dryRunPermissionSchema,
  resourceRef: z.string().optional(),
  draft: draftPolicySchema.optional(),
});
export const impactRequestSchema = z.strictObject({
  draft: draftPolicySchema,
  permissions: z.array(dryRunPermissionSchema).min(1).max(200),
  userRefs: z.array(userRefSchema).max(1000).optional(),
});

export const auditQuerySchema = z.object({
  kind: z.enum(['decision', 'change']).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  principal: z.string().optional(),
  result: z.enum(['ALLOW', 'DENY', 'CONDITIONAL']).optional(),
  permission: z.string().optional(),
  resource: z.string().optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
export const auditSettingsSchema = z.strictObject({
  retentionDays: z.number().int().min(1).max(3650),
});
