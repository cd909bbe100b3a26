import { ResourceConditionLeaf } from './decision';

/**
 * The plugin that owns each resource type, which a CONDITIONAL decision must
 * name. Families follow `<family>-<resource>` (ARCHITECTURE.md), so the prefix
 * decides for them; Backstage's own types are listed.
 */
const builtInOwners: Record<string, string> = {
  'catalog-entity': 'catalog',
  'scaffolder-template': 'scaffolder',
  'scaffolder-action': 'scaffolder',
};
const familyPrefixes = ['harvester', 'data-catalog', 'ai-ops', 'authz'];

export function pluginIdForResourceType(
  resourceType: string,
): string | undefined {
  if (builtInOwners[resourceType]) return builtInOwners[resourceType];
  return familyPrefixes.find(family => resourceType.startsWith(`${family}-`));
}

/**
 * Permission rules the portal's own plugins register for every resource type
 * they own, so that one policy condition means the same thing everywhere.
 * Each takes `{ values: string[] }` and matches when the resource has any.
 */
export const portalRuleNames = {
  owner: 'HAS_OWNER',
  tag: 'HAS_TAG',
  namespace: 'IN_NAMESPACE',
  cluster: 'IN_CLUSTER',
} as const;

/**
 * Rules of `ai-ops-workspace` (registered by the AI-Ops backend): one of the
 * values is a member of the workspace with at least that role.
 */
export const workspaceRuleNames = {
  member: 'HAS_MEMBER',
  editor: 'HAS_EDITOR',
  admin: 'HAS_ADMIN',
} as const;

/** A permission-rule condition in Backstage's wire format. */
export type RuleCondition = {
  rule: string;
  resourceType: string;
  params: Record<string, string[]>;
};

type RuleBuilder = (values: string[]) => Record<string, string[]>;

/** Condition key → rule, per resource type; `*` is the portal convention. */
const ruleTable: Record<string, Record<string, [string, RuleBuilder]>> = {
  'catalog-entity': {
    'portal:ResourceOwner': ['IS_ENTITY_OWNER', claims => ({ claims })],
    'portal:ResourceKind': ['IS_ENTITY_KIND', kinds => ({ kinds })],
  },
  'ai-ops-workspace': {
    'portal:ResourceOwner': [portalRuleNames.owner, values => ({ values })],
    'portal:WorkspaceMember': [
      workspaceRuleNames.member,
      values => ({ values }),
    ],
    'portal:WorkspaceEditor': [
      workspaceRuleNames.editor,
      values => ({ values }),
    ],
    'portal:WorkspaceAdmin': [workspaceRuleNames.admin, values => ({ values })],
  },
  '*': {
    'portal:ResourceOwner': [portalRuleNames.owner, values => ({ values })],
    'portal:ResourceTag': [portalRuleNames.tag, values => ({ values })],
    'portal:ResourceNamespace': [
      portalRuleNames.namespace,
      values => ({ values }),
    ],
    'portal:ResourceCluster': [portalRuleNames.cluster, values => ({ values })],
  },
};

/**
 * Turns a resource condition into the rule the owning plugin applies, or
 * undefined when that resource type has no rule for the key. Only equality
 * operators translate: a `Like` pattern cannot be pushed into a rule.
 */
export function ruleForCondition(
  resourceType: string,
  leaf: ResourceConditionLeaf,
): { condition: RuleCondition; negated: boolean } | undefined {
  if (leaf.operator !== 'StringEquals' && leaf.operator !== 'StringNotEquals') {
    return undefined;
  }
  const table =
    ruleTable[resourceType] ??
    (pluginIdForResourceType(resourceType) && resourceType !== 'catalog-entity'
      ? ruleTable['*']
      : undefined);
  const entry = table?.[leaf.key];
  if (!entry) return undefined;
  const [rule, params] = entry;
  return {
    condition: { rule, resourceType, params: params(leaf.values) },
    negated: leaf.operator === 'StringNotEquals',
  };
}
