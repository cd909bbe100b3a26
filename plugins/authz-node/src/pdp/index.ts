export type { DecisionPoint } from './DecisionPoint';
export { WasmDecisionPoint } from './WasmDecisionPoint';
export { OpaServerDecisionPoint } from './OpaServerDecisionPoint';
export { composeDecision, type ComposedDecision } from './composeDecision';
export { PolicyEngine, type PolicyEngineOptions } from './PolicyEngine';
export {
  readPdpConfig,
  createDecisionPoint,
  type PdpConfig,
} from './pdpConfig';
export { toPolicyDecision } from './toPolicyDecision';
