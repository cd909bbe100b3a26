import { PdpData, PdpInput, RegoDecision } from '@internal/plugin-authz-common';
import { loadPolicy, LoadedPolicy } from '@open-policy-agent/opa-wasm';
import { DecisionPoint } from './DecisionPoint';
import { decisionEntrypoint, readPolicyWasm } from './policyFiles';

let compiled: Promise<WebAssembly.Module> | undefined;

/** Compiled once per process; each load instantiates it afresh. */
function compiledPolicy() {
  compiled ??= readPolicyWasm().then(bytes => WebAssembly.compile(bytes));
  return compiled;
}

/**
 * Evaluates the Rego in this process with OPA's wasm runtime. A reload builds
 * a new instance and swaps it in, so a decision never sees half-loaded data.
 */
export class WasmDecisionPoint implements DecisionPoint {
  readonly engine = 'wasm' as const;
  private policy?: LoadedPolicy;

  static async create(data?: PdpData): Promise<WasmDecisionPoint> {
    const point = new WasmDecisionPoint();
    if (data) await point.load(data);
    return point;
  }

  async load(data: PdpData): Promise<void> {
    const policy = await loadPolicy(await compiledPolicy());
    policy.setData({ pap: data });
    this.policy = policy;
  }

  async evaluate(input: PdpInput): Promise<RegoDecision> {
    return this.evaluateSync(input);
  }

  /** The same, without a promise: what the benchmark measures. */
  evaluateSync(input: PdpInput): RegoDecision {
    if (!this.policy) {
      throw new Error('The wasm policy has no data loaded yet');
    }
    const [first] = this.policy.evaluate(input, decisionEntrypoint);
    if (!first?.result) {
      throw new Error('The wasm policy returned no decision');
    }
    return first.result as RegoDecision;
  }
}
