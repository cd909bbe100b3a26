import type {
  AuditEntry,
  AuthzDepartment,
  AuthzGroup,
  AuthzPolicy,
  AuthzRole,
  AuthzUser,
} from '@internal/plugin-authz-common';

const at = '2025-01-15T09:30:00.000Z';

const user = (name: string, fields: Partial<AuthzUser> = {}): AuthzUser => ({
  ref: `user:default/${name}`,
  name,
  status: 'active',
  groupRefs: [],
  roleIds: [],
  source: 'catalog',
  createdAt: at,
  updatedAt: at,
  ...fields,
});

export const users: AuthzUser[] = [
  user('alice.kim', {
    displayName: 'Alice Kim',
    email: 'alice@acme.example',
    departmentRef: 'group:default/engineering',
    groupRefs: ['group:default/platform-team'],
    roleIds: ['role-admin'],
    lastLoginAt: at,
  }),
  user('bob.lee', {
    displayName: 'Bob Lee',
    status: 'disabled',
    departmentRef: 'group:default/finance',
  }),
  user('carol.ng', {
    displayName: 'Carol Ng',
    groupRefs: ['group:default/sre-team'],
  }),
];

export const groups: AuthzGroup[] = [
  {
    ref: 'group:default/platform-team',
    name: 'platform-team',
    title: 'Platform Team',
    description: 'Builds and runs the portal',
    memberRefs: ['user:default/alice.kim'],
    roleIds: ['role-viewer'],
    memberCount: 1,
    roleCount: 1,
    source: 'catalog',
  },
  {
    ref: 'group:default/sre-team',
    name: 'sre-team',
    title: 'SRE',
    memberRefs: ['user:default/carol.ng'],
    roleIds: [],
    memberCount: 1,
    roleCount: 0,
    source: 'catalog',
  },
];

const department = (
  name: string,
  path: string[],
  position: number,
  fields: Partial<AuthzDepartment> = {},
): AuthzDepartment => ({
  ref: `group:default/${name}`,
  name,
  title: name[0].toUpperCase() + name.slice(1),
  parentRef: path.length > 1 ? path[path.length - 2] : undefined,
  position,
  path,
  roleIds: [],
  memberCount: 0,
  source: 'catalog',
  ...fields,
});

export const departments: AuthzDepartment[] = [
  department('acme', ['group:default/acme'], 0, { title: 'Acme Corp' }),
  department(
    'engineering',
    ['group:default/acme', 'group:default/engineering'],
    0,
    {
      roleIds: ['role-viewer'],
      memberCount: 1,
    },
  ),
  department(
    'infrastructure',
    [
      'group:default/acme',
      'group:default/engineering',
      'group:default/infrastructure',
    ],
    0,
  ),
  department('finance', ['group:default/acme', 'group:default/finance'], 1, {
    memberCount: 1,
  }),
];

export const roles: AuthzRole[] = [
  {
    id: 'role-admin',
    name: 'Portal admin',
    description: 'Everything',
    type: 'system',
    active: true,
    allUsers: false,
    policyIds: ['policy-admin'],
    userCount: 1,
    groupCount: 0,
    departmentCount: 0,
    createdAt: at,
    updatedAt: at,
  },
  {
    id: 'role-viewer',
    name: 'Viewer',
    type: 'custom',
    active: false,
    allUsers: true,
    policyIds: ['policy-read'],
    userCount: 0,
    groupCount: 1,
    departmentCount: 1,
    createdAt: at,
    updatedAt: at,
  },
];

export const policies: AuthzPolicy[] = [
  {
    id: 'policy-admin',
    name: 'admin-all',
    active: true,
    version: 3,
    roleIds: ['role-admin'],
    document: {
      Version: '2012-10-17',
      Statement: [{ Sid: 'All', Effect: 'Allow', Action: '*', Resource: '*' }],
    },
    createdAt: at,
    updatedAt: at,
    updatedBy: 'user:default/alice.kim',
  },
  {
    id: 'policy-read',
    name: 'catalog-read',
    active: true,
    version: 1,
    roleIds: ['role-viewer'],
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ReadCatalog',
          Effect: 'Allow',
          Action: 'catalog.entity.read',
          Resource: 'catalog-entity',
        },
      ],
    },
    createdAt: at,
    updatedAt: at,
  },
];

export const auditEntries: AuditEntry[] = [
  {
    kind: 'decision',
    id: 'd-1',
    time: at,
    principal: 'user:default/bob.lee',
    permission: 'catalog.entity.delete',
    resourceType: 'catalog-entity',
    result: 'DENY',
    reasons: [],
    summary: 'No statement allows catalog.entity.delete',
    revision: 7,
    latencyMs: 2,
    engine: 'wasm',
  },
  {
    kind: 'change',
    id: 'c-1',
    time: at,
    actor: 'user:default/alice.kim',
    action: 'authz.policy.update',
    targetKind: 'policy',
    targetRef: 'policy-read',
    result: 'succeeded',
    pluginId: 'authz',
  },
];
