import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { ResourcePermission } from '@backstage/plugin-permission-common';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import { RouteAuthorizer } from '@internal/plugin-authz-node';
import { stringifyHarvesterRef } from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { HarvesterResource } from './HarvesterResource';
import { harvesterRuleset } from './permissionRules';

const applyConditions = createConditionAuthorizer(harvesterRuleset);

export type HarvesterPermissionFilter = {
  credentials: BackstageCredentials<BackstageUserPrincipal>;
  /** True when the decision allows this object (ALLOW, or its conditions match). */
  allows(resource: HarvesterResource): boolean;
};

/**
 * Decisions on Harvester objects. The policy is asked once per request
 * (conditional); its conditions are applied here, to the cached objects, so
 * a list of 2,000 VMs costs one decision, not 2,000.
 */
export function createHarvesterAuthorizer(authorize: RouteAuthorizer) {
  /** For lists and bulk actions: 401/403 as usual, else a filter. */
  async function filterFor(
    req: Request,
    permission: ResourcePermission,
  ): Promise<HarvesterPermissionFilter> {
    const { credentials, decision } = await authorize.conditional(
      req,
      permission,
    );
    return {
      credentials,
      allows: resource => applyConditions(decision, resource),
    };
  }

  /**
   * For one object (existing or about to be created): 403 when the policy's
   * conditions do not match it, naming the object.
   */
  async function requireAllowed(
    req: Request,
    permission: ResourcePermission,
    resource: HarvesterResource,
  ): Promise<BackstageCredentials<BackstageUserPrincipal>> {
    const filter = await filterFor(req, permission);
    if (!filter.allows(resource)) {
      throw new NotAllowedError(
        `${permission.name} denied on ${stringifyHarvesterRef(
          resource,
        )}: the policy allows it only under conditions this object does not meet`,
      );
    }
    return filter.credentials;
  }

  return { filterFor, requireAllowed };
}

export type HarvesterAuthorizer = ReturnType<typeof createHarvesterAuthorizer>;
