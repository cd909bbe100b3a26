import { PdpData, PdpInput, RegoDecision } from '@internal/plugin-authz-common';

/**
 * The committed Rego, evaluated somewhere: in this process (wasm) or by an
 * OPA server. Both answer `data.portal.authz.decision` for the same data.
 */
export interface DecisionPoint {
  readonly engine: 'wasm' | 'server';
  /** Replaces the PAP data the policy evaluates against. */
  load(data: PdpData): Promise<void>;
  evaluate(input: PdpInput): Promise<RegoDecision>;
}
