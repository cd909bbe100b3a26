import { portalRuleNames } from '@internal/plugin-authz-common';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  createConditionTransformer,
  createPermissionResourceRef,
  createPermissionRule,
  PermissionResourceRef,
  PermissionRule,
  PermissionRuleset,
} from '@backstage/plugin-permission-node';
import {
  DATA_CATALOG_SOURCE_RESOURCE_TYPE,
  DATA_CATALOG_TABLE_RESOURCE_TYPE,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { z } from 'zod';
import {
  AssetQuery,
  applyCriteria,
  sourceQuerySql,
  tableQuerySql,
} from './assetConditionSql';

/** A table or view as the permission rules see it. */
export type TableResource = {
  entityRef: string;
  sourceId: string;
  /** The effective owner: the table's documented owner, else its source's. */
  owner: string;
  /** Names of the tags on the table or any of its columns. */
  tags: string[];
};

/** A data source as the permission rules see it. */
export type SourceResource = { entityRef: string; id: string; owner: string };

export const tableResourceRef = createPermissionResourceRef<
  TableResource,
  AssetQuery
>().with({
  pluginId: 'data-catalog',
  resourceType: DATA_CATALOG_TABLE_RESOURCE_TYPE,
});

export const sourceResourceRef = createPermissionResourceRef<
  SourceResource,
  AssetQuery
>().with({
  pluginId: 'data-catalog',
  resourceType: DATA_CATALOG_SOURCE_RESOURCE_TYPE,
});

/** The portal-wide rule names: a policy condition means the same everywhere. */
export const ruleNames = portalRuleNames;

const paramsSchema = z.object({
  values: z.array(z.string()).describe('Matches when the resource has any'),
});
type RuleParams = z.infer<typeof paramsSchema>;

// Entity refs, namespaces and tag names compare case-insensitively, like
// Backstage's own refs; the SQL side lower-cases the same way.
const lowered = (values: string[]) => values.map(v => v.toLocaleLowerCase());
const matches = (value: string, values: string[]) =>
  lowered(values).includes(value.toLocaleLowerCase());

type RuleSpec<TResource> = {
  field: AssetQuery['field'];
  description: string;
  valuesOf: (resource: TResource) => string[];
};

function rulesFor<TResource, TResourceType extends string>(
  resourceRef: PermissionResourceRef<TResource, AssetQuery, TResourceType>,
  specs: RuleSpec<TResource>[],
): PermissionRule<TResource, AssetQuery, TResourceType, RuleParams>[] {
  return specs.map(({ field, description, valuesOf }) =>
    createPermissionRule({
      name: ruleNames[field],
      description,
      resourceRef,
      paramsSchema,
      apply: (resource: TResource, { values }: RuleParams) =>
        valuesOf(resource).some(value => matches(value, values)),
      toQuery: ({ values }: RuleParams) => ({ field, values: lowered(values) }),
    }),
  );
}

export const tableRules = rulesFor(tableResourceRef, [
  {
    field: 'owner',
    description:
      "The table's owner (documented owner, else the source's) is one of the values",
    valuesOf: t => [t.owner],
  },
  {
    field: 'tag',
    description: 'The table or one of its columns carries one of the tags',
    valuesOf: t => t.tags,
  },
  {
    field: 'namespace',
    description: 'The table belongs to one of the sources (catalog namespaces)',
    valuesOf: t => [t.sourceId],
  },
]);

export const sourceRules = rulesFor(sourceResourceRef, [
  {
    field: 'owner',
    description: "The source's owner is one of the values",
    valuesOf: s => [s.owner],
  },
  {
    field: 'namespace',
    description: 'The source id (its catalog namespace) is one of the values',
    valuesOf: s => [s.id],
  },
]);

function rulesetOf<TResource>(
  rules: PermissionRule<TResource, AssetQuery, string, RuleParams>[],
): PermissionRuleset<TResource, AssetQuery> {
  return {
    getRuleByName(name) {
      const rule = rules.find(r => r.name === name);
      if (!rule) throw new Error(`Unexpected permission rule: ${name}`);
      return rule as PermissionRule<TResource, AssetQuery, string>;
    },
  };
}

export const tableRuleset = rulesetOf(tableRules);
export const sourceRuleset = rulesetOf(sourceRules);

function conditionsFilter(
  ruleset: PermissionRuleset<unknown, AssetQuery>,
  resourceType: string,
  leafSql: (qb: Knex.QueryBuilder, query: AssetQuery) => void,
) {
  const transform = createConditionTransformer(ruleset);
  return (decision: PolicyDecision) =>
    (qb: Knex.QueryBuilder): void => {
      if (decision.result !== AuthorizeResult.CONDITIONAL) {
        if (decision.result === AuthorizeResult.DENY) qb.whereRaw('1 = 0');
        return;
      }
      if (decision.resourceType !== resourceType) {
        throw new Error(
          `Conditions for ${decision.resourceType} cannot filter ${resourceType}`,
        );
      }
      applyCriteria(qb, transform(decision.conditions), leafSql);
    };
}

/**
 * The WHERE of a table read decision on a query over `assets` (unaliased):
 * nothing for ALLOW, the condition tree for CONDITIONAL, no rows for DENY.
 */
export const tableConditionsFilter = conditionsFilter(
  tableRuleset,
  DATA_CATALOG_TABLE_RESOURCE_TYPE,
  tableQuerySql,
);

/** The same for a source decision on a query over `sources` (unaliased). */
export const sourceConditionsFilter = conditionsFilter(
  sourceRuleset,
  DATA_CATALOG_SOURCE_RESOURCE_TYPE,
  sourceQuerySql,
);
