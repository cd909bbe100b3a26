import { PolicyDecision } from '@backstage/plugin-permission-common';
import { portalRuleNames } from '@internal/plugin-authz-common';
import { HARVESTER_VM_RESOURCE_TYPE } from '@internal/plugin-harvester-common';
import {
  areaTestApp,
  resourceCondition,
  TestGrants,
} from '../../__testUtils__/testContext';
import { ClusterRegistry } from '../../clusters/ClusterRegistry';
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
export const vmCondition = (
  rule: keyof typeof portalRuleNames,
  values: string[],
): PolicyDecision =>
  resourceCondition(HARVESTER_VM_RESOURCE_TYPE, rule, values);

/** The VMs router over `registry`, with its context (auditor mock). */
export const vmsTestApp = (
  registry: ClusterRegistry,
  grants: TestGrants = allVmGrants,
) => areaTestApp(createVmsRouter, registry, grants);
