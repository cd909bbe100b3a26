import {
  createPermissionResourceRef,
  createPermissionRule,
  PermissionResourceRef,
  PermissionRule,
  PermissionRuleset,
} from '@backstage/plugin-permission-node';
import { portalRuleNames } from '@internal/plugin-authz-common';
import {
  HarvesterResourceType,
  harvesterResourceTypes,
} from '@internal/plugin-harvester-common';
import { z } from 'zod';
import { HarvesterResource } from './HarvesterResource';

/** Rules are applied in memory, on cached objects: there is no query form. */
type NoQuery = never;

const paramsSchema = z.object({
  values: z.array(z.string()).describe('Matches when the resource has any'),
});
type RuleParams = z.infer<typeof paramsSchema>;

// Refs and names compare case-insensitively, like Backstage's entity refs.
const matchesAny = (actual: (string | undefined)[], values: string[]) => {
  const wanted = new Set(values.map(v => v.toLocaleLowerCase()));
  return actual.some(a => a !== undefined && wanted.has(a.toLocaleLowerCase()));
};

const facts: {
  name: string;
  description: string;
  valuesOf: (r: HarvesterResource) => (string | undefined)[];
}[] = [
  {
    name: portalRuleNames.cluster,
    description: 'The object is in one of the clusters',
    valuesOf: r => [r.cluster],
  },
  {
    name: portalRuleNames.namespace,
    description:
      'The object is in one of the namespaces (`ns` or `cluster/ns`)',
    valuesOf: r =>
      r.namespace ? [r.namespace, `${r.cluster}/${r.namespace}`] : [],
  },
  {
    name: portalRuleNames.owner,
    description:
      "The object's owner (its annotation, else its namespace's, else its cluster's) is one of the values",
    valuesOf: r => [r.owner],
  },
  {
    name: portalRuleNames.tag,
    description: 'The object carries one of the tags (`key` or `key=value`)',
    valuesOf: r => r.tags,
  },
];

export type HarvesterResourceRef = PermissionResourceRef<
  HarvesterResource,
  NoQuery,
  HarvesterResourceType
>;

export const harvesterResourceRefs = Object.fromEntries(
  harvesterResourceTypes.map(resourceType => [
    resourceType,
    createPermissionResourceRef<HarvesterResource, NoQuery>().with({
      pluginId: 'harvester',
      resourceType,
    }),
  ]),
) as Record<HarvesterResourceType, HarvesterResourceRef>;

export function harvesterRulesFor(
  resourceType: HarvesterResourceType,
): PermissionRule<
  HarvesterResource,
  NoQuery,
  HarvesterResourceType,
  RuleParams
>[] {
  return facts.map(({ name, description, valuesOf }) =>
    createPermissionRule({
      name,
      description,
      resourceRef: harvesterResourceRefs[resourceType],
      paramsSchema,
      apply: (resource: HarvesterResource, { values }: RuleParams) =>
        matchesAny(valuesOf(resource), values),
      toQuery: () => {
        throw new Error(`${name} is applied in memory, not as a query`);
      },
    }),
  );
}

/** One ruleset for every type: the rules do not depend on the type. */
export const harvesterRuleset: PermissionRuleset<HarvesterResource, NoQuery> = {
  getRuleByName(name) {
    const rule = harvesterRulesFor('harvester-vm').find(r => r.name === name);
    if (!rule) throw new Error(`Unexpected permission rule: ${name}`);
    return rule as unknown as PermissionRule<
      HarvesterResource,
      NoQuery,
      string
    >;
  },
};
