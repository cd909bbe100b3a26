import {
  normalizePolicyDocument,
  PdpData,
  PdpInput,
  PolicyDocument,
} from '@internal/plugin-authz-common';

/** A small deterministic PRNG, so every run sees the same model. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const families = [
  'catalog.entity',
  'harvester.vm',
  'data-catalog.table',
  'ai-ops.model',
];
const actions = ['read', 'create', 'update', 'delete', 'operate'];
const resourceTypes: Record<string, string> = {
  'catalog.entity': 'catalog-entity',
  'harvester.vm': 'harvester-vm',
  'data-catalog.table': 'data-catalog-table',
  'ai-ops.model': 'ai-ops-model',
};

function policyDocument(next: () => number, index: number): PolicyDocument {
  const family = families[index % families.length];
  const action = actions[Math.floor(next() * actions.length)];
  const kind = index % 5;
  if (kind === 0) {
    return {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DenyDelete',
          Effect: 'Deny',
          Action: `${family}.delete`,
          Resource: '*',
          Condition: {
            StringEquals: {
              'portal:PrincipalDepartment': 'group:default/dept-3',
            },
          },
        },
      ],
    };
  }
  if (kind === 1) {
    return {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'OwnerEdits',
          Effect: 'Allow',
          Action: [`${family}.update`, `${family}.delete`],
          Resource: resourceTypes[family],
          Condition: {
            StringEquals: {
              'portal:ResourceOwner': '${portal:PrincipalOwnershipRefs}',
            },
          },
        },
      ],
    };
  }
  if (kind === 2) {
    return {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'NoPii',
          Effect: 'Deny',
          Action: `${family}.read`,
          Resource: `${resourceTypes[family]}:*`,
          Condition: { StringEquals: { 'portal:ResourceTag': 'pii' } },
        },
        {
          Sid: 'ReadAll',
          Effect: 'Allow',
          Action: `${family}.*`,
          Resource: '*',
        },
      ],
    };
  }
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Grant',
        Effect: 'Allow',
        Action: `${family}.${action}`,
        Resource: '*',
      },
      {
        Sid: 'Everything',
        Effect: 'Allow',
        NotAction: 'authz.*',
        Resource: '*',
        Condition: {
          StringLike: {
            'portal:PrincipalGroup': `group:default/team-${index % 7}*`,
          },
        },
      },
    ],
  };
}

/**
 * A PAP model of a mid-size company: `users` users in teams under a
 * department tree, with roles and policies of every statement kind the Rego
 * handles (plain, NotAction, principal and resource conditions, deny).
 */
export function syntheticPdpData(options: {
  users: number;
  seed?: number;
}): PdpData {
  const next = random(options.seed ?? 42);
  const departments = Array.from(
    { length: 12 },
    (_, i) => `group:default/dept-${i}`,
  );
  const departmentAncestors: PdpData['departmentAncestors'] = {};
  departments.forEach((ref, i) => {
    const chain = [ref];
    for (let p = i; p > 0; p = Math.floor((p - 1) / 3))
      chain.push(departments[Math.floor((p - 1) / 3)]);
    departmentAncestors[ref] = chain;
  });
  const teams = Array.from({ length: 30 }, (_, i) => `group:default/team-${i}`);
  teams.forEach((ref, i) => {
    departmentAncestors[ref] =
      departmentAncestors[departments[i % departments.length]];
  });
  const policies: PdpData['policies'] = {};
  for (let i = 0; i < 40; i++) {
    policies[`p${i}`] = {
      name: `Policy${i}`,
      statements: normalizePolicyDocument(policyDocument(next, i)),
    };
  }
  const roles: PdpData['roles'] = {};
  for (let i = 0; i < 20; i++) {
    roles[`r${i}`] = {
      name: `Role ${i}`,
      policies: [
        `p${(i * 2) % 40}`,
        `p${(i * 2 + 1) % 40}`,
        `p${(i * 7) % 40}`,
      ],
    };
  }
  const roleBindings: PdpData['roleBindings'] = {};
  const bind = (ref: string, role: string) => {
    (roleBindings[ref] ??= []).push(role);
  };
  teams.forEach((ref, i) => bind(ref, `r${i % 20}`));
  departments.forEach((ref, i) => bind(ref, `r${(i * 3) % 20}`));
  const users: PdpData['users'] = {};
  for (let i = 0; i < options.users; i++) {
    const team = teams[Math.floor(next() * teams.length)];
    users[`user:default/u${i}`] = {
      status: i % 50 === 0 ? 'disabled' : 'active',
      groups: [team],
      department: departments[Math.floor(next() * departments.length)],
    };
    if (i % 10 === 0) bind(`user:default/u${i}`, `r${i % 20}`);
  }
  return {
    revision: 1,
    users,
    departmentAncestors,
    roleBindings,
    allUsersRoles: ['r0'],
    roles,
    policies,
  };
}

/** `count` requests over the model's users and a spread of permissions. */
export function syntheticInputs(
  data: PdpData,
  count: number,
  seed = 7,
): PdpInput[] {
  const next = random(seed);
  const userRefs = Object.keys(data.users);
  return Array.from({ length: count }, () => {
    const ref = userRefs[Math.floor(next() * userRefs.length)];
    const family = families[Math.floor(next() * families.length)];
    const action = actions[Math.floor(next() * actions.length)];
    const resource = next() < 0.6;
    return {
      principal: { ref, ownershipRefs: [ref, ...data.users[ref].groups] },
      permission: resource
        ? {
            name: `${family}.${action}`,
            type: 'resource',
            resourceType: resourceTypes[family],
          }
        : { name: `${family}.${action}`, type: 'basic' },
    } as PdpInput;
  });
}
