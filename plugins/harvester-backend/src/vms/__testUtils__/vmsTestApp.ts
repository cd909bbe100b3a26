import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { portalRuleNames } from '@internal/plugin-authz-common';
import { HARVESTER_VM_RESOURCE_TYPE } from '@internal/plugin-harvester-common';
import { ClusterRegistry } from '../../clusters/ClusterRegistry';
import {
  createTestApp,
  createTestContext,
  TestGrants,
} from '../../__testUtils__/testContext';
import { createVmsRouter } from '../createVmsRouter';

/** Every VM permission, granted outright. */
export const allVmGrants: TestGrants = {
  'harvester.vm.read': true,
  'harvester.vm.create': true,
  'harvester.vm.operate': true,
  'harvester.vm.migrate': true,
  'harvester.vm.delete': true,
};

/** A CONDITIONAL decision on VMs: one portal rule with its values. */
export function vmCondition(
  rule: keyof typeof portalRuleNames,
  values: string[],
): PolicyDecision {
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'harvester',
    resourceType: HARVESTER_VM_RESOURCE_TYPE,
    conditions: {
      rule: portalRuleNames[rule],
      resourceType: HARVESTER_VM_RESOURCE_TYPE,
      params: { values },
    },
  };
}

/** The VMs router over `registry`, with its context (auditor mock). */
export async function vmsTestApp(
  registry: ClusterRegistry,
  grants: TestGrants = allVmGrants,
) {
  const context = createTestContext({ registry, grants });
  return { app: createTestApp(await createVmsRouter(context)), context };
}

/** The audit events a context's auditor saw: id, meta and outcome. */
export async function auditedEvents(context: {
  auditor: { createEvent: unknown };
}) {
  const createEvent = context.auditor.createEvent as jest.Mock;
  return Promise.all(
    createEvent.mock.calls.map(async ([options], i) => {
      const event = await createEvent.mock.results[i].value;
      return {
        eventId: options.eventId as string,
        meta: options.meta as Record<string, unknown>,
        succeeded: event.success.mock.calls.length > 0,
        failed: event.fail.mock.calls.length > 0,
      };
    }),
  );
}
