import { mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { portalRuleNames } from '@internal/plugin-authz-common';
import {
  createRouteAuthorizer,
  DecisionJournal,
} from '@internal/plugin-authz-node';
import { HarvesterResourceType } from '@internal/plugin-harvester-common';
import {
  createRouterTestApp,
  grantedAuth,
  TestGrants,
} from '@internal/testing';
import express from 'express';
import { ClusterRegistry } from '../clusters/ClusterRegistry';
import { createHarvesterAuthorizer } from '../permissions/harvesterAuthorizer';
import { HarvesterContext } from '../service/HarvesterContext';

export { asUser, type TestGrants } from '@internal/testing';

/** A CONDITIONAL decision: one portal rule with its values. */
export function resourceCondition(
  resourceType: HarvesterResourceType,
  rule: keyof typeof portalRuleNames,
  values: string[],
): PolicyDecision {
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'harvester',
    resourceType,
    conditions: {
      rule: portalRuleNames[rule],
      resourceType,
      params: { values },
    },
  };
}

/**
 * A HarvesterContext over `registry` behind mock auth: a request without
 * credentials is unauthenticated (401), and only `grants` are allowed.
 * Conditional decisions reach the routes through `authorizeConditional`,
 * where harvesterAuth applies them to the objects.
 */
export function createTestContext(options: {
  registry: ClusterRegistry;
  grants?: TestGrants;
}): HarvesterContext & { grants: TestGrants } {
  const grants = options.grants ?? {};
  const { httpAuth, permissions } = grantedAuth(grants);
  const authorize = createRouteAuthorizer({
    httpAuth,
    permissions,
    journal: new DecisionJournal(),
  });
  return {
    grants,
    logger: mockServices.logger.mock(),
    config: mockServices.rootConfig(),
    auth: mockServices.auth(),
    httpAuth,
    discovery: mockServices.discovery(),
    permissions,
    authorize,
    harvesterAuth: createHarvesterAuthorizer(authorize),
    auditor: mockServices.auditor.mock(),
    events: mockServices.events(),
    scheduler: mockServices.scheduler.mock(),
    clusters: options.registry,
  };
}

/** An express app parsing JSON like the plugin's router, with its errors. */
export function createTestApp(router: express.Router) {
  return createRouterTestApp(router, { jsonLimit: '1mb' });
}

/** One area's router over `registry`, with its context (auditor mock). */
export async function areaTestApp(
  createRouter: (context: HarvesterContext) => Promise<express.Router>,
  registry: ClusterRegistry,
  grants: TestGrants,
) {
  const context = createTestContext({ registry, grants });
  return { app: createTestApp(await createRouter(context)), context };
}
