import { ResourceConditionLeaf } from './decision';
import { UserStatus } from './model';
import { PolicyDocument, principalConditionKeys } from './policyDocument';

/**
 * Action patterns split by how cheaply they match: exact names as a lookup
 * map, `prefix*` as a prefix, and only the rest through glob.match.
 */
export type PatternSet = {
  exact: Record<string, true>;
  prefixes: string[];
  globs: string[];
};

function patternSet(patterns: string[] | undefined): PatternSet | undefined {
  if (!patterns) return undefined;
  const set: PatternSet = { exact: {}, prefixes: [], globs: [] };
  for (const pattern of patterns) {
    const wildcards = pattern.match(/[*?[\]{}]/g) ?? [];
    if (wildcards.length === 0) set.exact[pattern] = true;
    else if (wildcards.length === 1 && pattern.endsWith('*'))
      set.prefixes.push(pattern.slice(0, -1));
    else set.globs.push(pattern);
  }
  return set;
}

/** A statement as the Rego reads it: lists everywhere, conditions flattened. */
export type NormalizedStatement = {
  sid: string;
  effect: 'Allow' | 'Deny';
  action?: PatternSet;
  notAction?: PatternSet;
  resources?: string[];
  notResources?: string[];
  /** Keys `portal:Principal*`, decided by the PDP. */
  principalConditions: ResourceConditionLeaf[];
  /** Keys `portal:Resource*`, returned as criteria. */
  resourceConditions: ResourceConditionLeaf[];
};

/**
 * The PAP state the PDP evaluates against (OPA `data.pap`). Only active
 * roles and policies are in it, so the Rego need not check for them.
 */
export type PdpData = {
  revision: number;
  users: Record<
    string,
    { status: UserStatus; groups: string[]; department?: string }
  >;
  /**
   * Department ref → itself and every ancestor up to the root; team ref → its
   * parent department and that department's ancestors. A principal is in every
   * department listed for its own department and for each of its groups.
   */
  departmentAncestors: Record<string, string[]>;
  /** Principal ref (user, group or department) → ids of roles bound to it. */
  roleBindings: Record<string, string[]>;
  /** Active roles flagged `allUsers`. */
  allUsersRoles: string[];
  roles: Record<string, { name: string; policies: string[] }>;
  policies: Record<string, { name: string; statements: NormalizedStatement[] }>;
};

const asList = (value: string | string[] | undefined) =>
  value === undefined ? undefined : ([] as string[]).concat(value);

/** Flattens a validated document into what the Rego reads. */
export function normalizePolicyDocument(
  document: PolicyDocument,
): NormalizedStatement[] {
  return document.Statement.map((statement, index) => {
    const leaves: ResourceConditionLeaf[] = [];
    for (const [operator, keys] of Object.entries(statement.Condition ?? {})) {
      for (const [key, values] of Object.entries(keys ?? {})) {
        leaves.push({
          operator: operator as ResourceConditionLeaf['operator'],
          key,
          values: ([] as string[]).concat(values as string | string[]),
        });
      }
    }
    const isPrincipalKey = (leaf: ResourceConditionLeaf) =>
      (principalConditionKeys as readonly string[]).includes(leaf.key);
    return {
      sid: statement.Sid ?? `Statement${index + 1}`,
      effect: statement.Effect,
      action: patternSet(asList(statement.Action)),
      notAction: patternSet(asList(statement.NotAction)),
      resources: asList(statement.Resource),
      notResources: asList(statement.NotResource),
      principalConditions: leaves.filter(isPrincipalKey),
      resourceConditions: leaves.filter(leaf => !isPrincipalKey(leaf)),
    };
  });
}
