import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { ComposedDecision } from './composeDecision';

/** The decision in the shape Backstage's permission framework expects. */
export function toPolicyDecision(decision: ComposedDecision): PolicyDecision {
  if (decision.result === 'CONDITIONAL') {
    return {
      result: AuthorizeResult.CONDITIONAL,
      pluginId: decision.pluginId!,
      resourceType: decision.resourceType!,
      conditions: decision.criteria!,
    };
  }
  return {
    result:
      decision.result === 'ALLOW'
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
  };
}
