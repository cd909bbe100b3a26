import {
  createConditionAuthorizer,
  createPermissionResourceRef,
  createPermissionRule,
  PermissionRuleset,
} from '@backstage/plugin-permission-node';
import {
  AI_OPS_WORKSPACE_RESOURCE_TYPE,
  AI_OPS_WORKSPACE_RULES,
  WorkspaceRole,
  workspaceRoles,
} from '@internal/plugin-ai-ops-common';
import { portalRuleNames } from '@internal/plugin-authz-common';
import { z } from 'zod';
import { WorkspaceResource } from './workspaceRows';

/** Rules are applied in memory, to a workspace and its members. */
type NoQuery = never;

const paramsSchema = z.object({
  values: z
    .array(z.string())
    .describe('Principal refs; matches when any of them qualifies'),
});
type RuleParams = z.infer<typeof paramsSchema>;

export const workspaceResourceRef = createPermissionResourceRef<
  WorkspaceResource,
  NoQuery
>().with({
  pluginId: 'ai-ops',
  resourceType: AI_OPS_WORKSPACE_RESOURCE_TYPE,
});

// Refs compare case-insensitively, like Backstage's entity refs.
const lowerSet = (values: string[]) =>
  new Set(values.map(value => value.toLocaleLowerCase('en-US')));

const atLeast = (role: WorkspaceRole, minimum: WorkspaceRole) =>
  workspaceRoles.indexOf(role) >= workspaceRoles.indexOf(minimum);

function memberRule(name: string, minimum: WorkspaceRole, description: string) {
  return createPermissionRule({
    name,
    description,
    resourceRef: workspaceResourceRef,
    paramsSchema,
    apply: (resource: WorkspaceResource, { values }: RuleParams) => {
      const principals = lowerSet(values);
      return resource.members.some(
        member =>
          principals.has(member.principal.toLocaleLowerCase('en-US')) &&
          atLeast(member.role, minimum),
      );
    },
    toQuery: () => {
      throw new Error(`${name} is applied in memory, not as a query`);
    },
  });
}

export const workspaceRules = [
  memberRule(
    AI_OPS_WORKSPACE_RULES.member,
    'viewer',
    'One of the principals is a member of the workspace (any role)',
  ),
  memberRule(
    AI_OPS_WORKSPACE_RULES.editor,
    'editor',
    'One of the principals is an editor or admin of the workspace',
  ),
  memberRule(
    AI_OPS_WORKSPACE_RULES.admin,
    'admin',
    'One of the principals is an admin of the workspace',
  ),
  createPermissionRule({
    name: portalRuleNames.owner,
    description: "The workspace's owner is one of the values",
    resourceRef: workspaceResourceRef,
    paramsSchema,
    apply: (resource: WorkspaceResource, { values }: RuleParams) =>
      lowerSet(values).has(resource.workspace.owner.toLocaleLowerCase('en-US')),
    toQuery: () => {
      throw new Error(`${portalRuleNames.owner} is applied in memory`);
    },
  }),
];

const workspaceRuleset: PermissionRuleset<WorkspaceResource, NoQuery> = {
  getRuleByName(name) {
    const rule = workspaceRules.find(r => r.name === name);
    if (!rule) throw new Error(`Unexpected permission rule: ${name}`);
    return rule as any;
  },
};

/** Applies a decision (ALLOW, or CONDITIONAL on these rules) to a workspace. */
export const decisionAllowsWorkspace =
  createConditionAuthorizer(workspaceRuleset);
