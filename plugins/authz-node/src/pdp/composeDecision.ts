import {
  PermissionCondition,
  PermissionCriteria,
} from '@backstage/plugin-permission-common';
import {
  DecisionReason,
  DecisionResult,
  MatchedStatement,
  PdpInput,
  pluginIdForResourceType,
  RegoDecision,
  ruleForCondition,
} from '@internal/plugin-authz-common';

type Criteria = PermissionCriteria<PermissionCondition>;

/** A decision with its reasons, before it becomes Backstage's PolicyDecision. */
export type ComposedDecision = {
  result: DecisionResult;
  /** For CONDITIONAL: the owning plugin and what it must check. */
  pluginId?: string;
  resourceType?: string;
  criteria?: Criteria;
  reasons: DecisionReason[];
  summary: string;
};

const describe = (m: MatchedStatement) =>
  `policy "${m.policyName}" statement ${m.sid} (role ${m.roleName})`;

const toReason = (m: MatchedStatement): DecisionReason => ({
  effect: m.effect,
  policyName: m.policyName,
  sid: m.sid,
  roleName: m.roleName,
  conditional: m.conditions.length > 0,
});

const anyOf = (items: Criteria[]): Criteria =>
  items.length === 1 ? items[0] : { anyOf: items as [Criteria, ...Criteria[]] };
const allOf = (items: Criteria[]): Criteria =>
  items.length === 1 ? items[0] : { allOf: items as [Criteria, ...Criteria[]] };

/** A statement's resource conditions as criteria; undefined if untranslatable. */
function statementCriteria(
  statement: MatchedStatement,
  resourceType: string,
): Criteria | undefined {
  const parts: Criteria[] = [];
  for (const leaf of statement.conditions) {
    const rule = ruleForCondition(resourceType, leaf);
    if (!rule) return undefined;
    parts.push(rule.negated ? { not: rule.condition } : rule.condition);
  }
  return allOf(parts);
}

function deny(reasons: MatchedStatement[], summary: string): ComposedDecision {
  return { result: 'DENY', reasons: reasons.map(toReason), summary };
}

/**
 * Turns the statements the Rego matched into one decision. Deny overrides
 * allow; conditions become criteria the owning plugin applies in its own
 * database. Conditions that cannot be translated fail closed: an allow that
 * depends on them is ignored, a deny that depends on them denies.
 */
export function composeDecision(
  input: PdpInput,
  rego: RegoDecision,
): ComposedDecision {
  const { name } = input.permission;
  if (rego.blocked) return deny([], `${name} denied: ${rego.blocked}`);

  const resourceType = input.permission.resourceType ?? '';
  const pluginId = resourceType
    ? pluginIdForResourceType(resourceType)
    : undefined;
  // Each conditional statement is translated once; undefined = untranslatable.
  const translated = rego.matched.map(m => ({
    statement: m,
    criteria:
      m.conditions.length > 0 && pluginId
        ? statementCriteria(m, resourceType)
        : undefined,
  }));
  const denies = translated.filter(t => t.statement.effect === 'Deny');
  const allows = translated.filter(t => t.statement.effect === 'Allow');

  const hardDenies = denies.filter(t => !t.criteria).map(t => t.statement);
  if (hardDenies.length > 0) {
    return deny(hardDenies, `${name} denied by ${describe(hardDenies[0])}`);
  }

  const plainAllows = allows
    .filter(t => t.statement.conditions.length === 0)
    .map(t => t.statement);
  const conditionalAllows = allows.filter(t => t.criteria);
  if (plainAllows.length === 0 && conditionalAllows.length === 0) {
    return deny([], `no policy allows ${name} for ${input.principal.ref}`);
  }
  if (plainAllows.length > 0 && denies.length === 0) {
    return {
      result: 'ALLOW',
      reasons: plainAllows.map(toReason),
      summary: `${name} allowed by ${describe(plainAllows[0])}`,
    };
  }

  const allowPart =
    plainAllows.length > 0
      ? undefined
      : anyOf(conditionalAllows.map(t => t.criteria!));
  const denyPart =
    denies.length > 0
      ? { not: anyOf(denies.map(t => t.criteria!)) }
      : undefined;
  const applied = [
    ...(allowPart ? conditionalAllows.map(t => t.statement) : plainAllows),
    ...denies.map(t => t.statement),
  ];
  return {
    result: 'CONDITIONAL',
    pluginId,
    resourceType,
    criteria: allOf([allowPart, denyPart].filter((c): c is Criteria => !!c)),
    reasons: applied.map(toReason),
    summary: `${name} allowed where the resource meets the conditions of ${applied
      .map(describe)
      .join(', ')}`,
  };
}
