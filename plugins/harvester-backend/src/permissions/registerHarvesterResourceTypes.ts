import { PermissionsRegistryService } from '@backstage/backend-plugin-api';
import {
  harvesterPermissions,
  harvesterResourceTypes,
} from '@internal/plugin-harvester-common';
import { HarvesterResource } from './HarvesterResource';
import { harvesterResourceRefs, harvesterRulesFor } from './permissionRules';

/** Resolves permission resourceRefs (`cluster/ns/name`) to resources. */
export type HarvesterResourceLoader = (
  resourceType: string,
  refs: string[],
) => Promise<(HarvesterResource | undefined)[]>;

/**
 * Registers every Harvester resource type with the portal rules, so a
 * policy condition on cluster, namespace, owner or tag is accepted, and the
 * permission backend can apply conditions to one object by ref.
 */
export function registerHarvesterResourceTypes(
  registry: PermissionsRegistryService,
  load: HarvesterResourceLoader,
): void {
  for (const resourceType of harvesterResourceTypes) {
    registry.addResourceType({
      resourceRef: harvesterResourceRefs[resourceType],
      permissions: harvesterPermissions.filter(
        p => p.type === 'resource' && p.resourceType === resourceType,
      ),
      rules: harvesterRulesFor(resourceType),
      getResources: refs => load(resourceType, refs),
    });
  }
}
