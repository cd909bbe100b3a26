import {
  DEFAULT_NAMESPACE,
  Entity,
  GroupEntity,
  isGroupEntity,
  isUserEntity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

export type CatalogDepartment = {
  ref: string;
  name: string;
  title?: string;
  parentRef?: string;
  position: number;
};

export type CatalogGroup = {
  ref: string;
  name: string;
  title?: string;
  description?: string;
  departmentRef?: string;
};

export type CatalogUser = {
  ref: string;
  name: string;
  displayName?: string;
  email?: string;
  departmentRef?: string;
};

/** The org as the PAP stores it, derived from catalog Users and Groups. */
export type CatalogOrg = {
  departments: CatalogDepartment[];
  groups: CatalogGroup[];
  users: CatalogUser[];
  memberships: Array<{ groupRef: string; userRef: string }>;
};

/**
 * Groups of `spec.type: department` form the department tree; every other
 * group is a team under its nearest department. A user sits in the first
 * department it is directly a member of, else in its first team's.
 */
export function catalogOrgFromEntities(entities: Entity[]): CatalogOrg {
  const groups = new Map(
    entities.filter(isGroupEntity).map(g => [stringifyEntityRef(g), g]),
  );
  const parentOf = parentLinks(groups);
  const isDepartment = (ref: string) =>
    groups.get(ref)?.spec.type === 'department';
  const nearestDepartment = (ref: string): string | undefined => {
    const seen = new Set([ref]);
    for (
      let at = parentOf.get(ref);
      at && !seen.has(at);
      at = parentOf.get(at)
    ) {
      if (isDepartment(at)) return at;
      seen.add(at);
    }
    return undefined;
  };

  const departments = [...groups.entries()]
    .filter(([ref]) => isDepartment(ref))
    .map(([ref, group]) => ({
      ref,
      name: group.metadata.name,
      title: titleOf(group),
      parentRef: nearestDepartment(ref),
    }));

  const teams = [...groups.entries()]
    .filter(([ref]) => !isDepartment(ref))
    .map(([ref, group]) => ({
      ref,
      name: group.metadata.name,
      title: titleOf(group),
      description: group.metadata.description,
      departmentRef: nearestDepartment(ref),
    }));

  const listedMembers = new Map<string, string[]>();
  for (const [groupRef, group] of groups) {
    for (const member of group.spec.members ?? []) {
      const userRef = refOf(member, 'user', group);
      listedMembers.set(userRef, [
        ...(listedMembers.get(userRef) ?? []),
        groupRef,
      ]);
    }
  }

  const users: CatalogUser[] = [];
  const memberships: CatalogOrg['memberships'] = [];
  for (const user of entities.filter(isUserEntity)) {
    const ref = stringifyEntityRef(user);
    const memberOf = [
      ...(user.spec.memberOf ?? []).map(m => refOf(m, 'group', user)),
      ...(listedMembers.get(ref) ?? []),
    ].filter(
      (groupRef, i, all) => groups.has(groupRef) && all.indexOf(groupRef) === i,
    );
    const userTeams = memberOf.filter(groupRef => !isDepartment(groupRef));
    const departmentRef =
      memberOf.find(isDepartment) ??
      userTeams.map(nearestDepartment).find(Boolean);
    users.push({
      ref,
      name: user.metadata.name,
      displayName: user.spec.profile?.displayName ?? user.metadata.title,
      email: user.spec.profile?.email,
      departmentRef,
    });
    memberships.push(
      ...userTeams.map(groupRef => ({ groupRef, userRef: ref })),
    );
  }

  return {
    departments: withPositions(departments, groups),
    groups: teams,
    users,
    memberships,
  };
}

/** Child → parent, from `spec.parent` or, failing that, a parent's `children`. */
function parentLinks(groups: Map<string, GroupEntity>): Map<string, string> {
  const parentOf = new Map<string, string>();
  for (const [ref, group] of groups) {
    const parent =
      group.spec.parent && refOf(group.spec.parent, 'group', group);
    if (parent && groups.has(parent)) parentOf.set(ref, parent);
  }
  for (const [ref, group] of groups) {
    for (const child of group.spec.children ?? []) {
      const childRef = refOf(child, 'group', group);
      if (groups.has(childRef) && !parentOf.has(childRef))
        parentOf.set(childRef, ref);
    }
  }
  return parentOf;
}

/** Siblings in the order of their parent's `children`, then by name. */
function withPositions(
  departments: Array<Omit<CatalogDepartment, 'position'>>,
  groups: Map<string, GroupEntity>,
): CatalogDepartment[] {
  const rank = (d: Omit<CatalogDepartment, 'position'>) => {
    const parent = d.parentRef ? groups.get(d.parentRef) : undefined;
    const index = parent
      ? (parent.spec.children ?? [])
          .map(child => refOf(child, 'group', parent))
          .indexOf(d.ref)
      : -1;
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  const sorted = [...departments].sort(
    (a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name),
  );
  return sorted.map(d => ({
    ...d,
    position: sorted.filter(s => s.parentRef === d.parentRef).indexOf(d),
  }));
}

function refOf(ref: string, defaultKind: string, context: Entity): string {
  return stringifyEntityRef(
    parseEntityRef(ref, {
      defaultKind,
      defaultNamespace: context.metadata.namespace ?? DEFAULT_NAMESPACE,
    }),
  );
}

function titleOf(group: GroupEntity): string | undefined {
  return group.metadata.title ?? group.spec.profile?.displayName;
}
