import { PermissionsRegistryService } from '@backstage/backend-plugin-api';
import {
  aiOpsPermissions,
  AI_OPS_WORKSPACE_RESOURCE_TYPE,
} from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { loadWorkspaceResources } from './workspaceRows';
import { workspaceResourceRef, workspaceRules } from './workspaceRules';

/**
 * Registers the `ai-ops-workspace` resource type with its member rules, so
 * the policy's conditions on membership are accepted and the permission
 * backend can apply them to one workspace by name.
 */
export function registerWorkspaceResourceType(
  registry: PermissionsRegistryService,
  knex: Knex,
): void {
  registry.addResourceType({
    resourceRef: workspaceResourceRef,
    permissions: aiOpsPermissions.filter(
      p =>
        p.type === 'resource' &&
        p.resourceType === AI_OPS_WORKSPACE_RESOURCE_TYPE,
    ),
    rules: workspaceRules,
    getResources: names => loadWorkspaceResources(knex, names),
  });
}
