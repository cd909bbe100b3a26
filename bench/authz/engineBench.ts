import { LoggerService } from '@backstage/backend-plugin-api';
import { PdpInput } from '@internal/plugin-authz-common';
import {
  DecisionPoint,
  OpaServerDecisionPoint,
  PolicyEngine,
  WasmDecisionPoint,
} from '@internal/plugin-authz-node';
import { performance } from 'node:perf_hooks';
import {
  syntheticInputs,
  syntheticPdpData,
} from '../../plugins/authz-node/src/testing/syntheticModel';
import { figures, Figures } from './stats';

const quietLogger: LoggerService = {
  error: console.error,
  warn: () => {},
  info: () => {},
  debug: () => {},
  child: () => quietLogger,
};

/** One decision at a time, as a request handler would ask. */
async function measure(
  name: string,
  decide: (input: PdpInput) => Promise<unknown>,
  inputs: PdpInput[],
): Promise<Figures> {
  for (const input of inputs.slice(0, 500)) await decide(input); // warm-up
  const samples: number[] = [];
  const started = performance.now();
  for (const input of inputs) {
    const t = performance.now();
    await decide(input);
    samples.push(performance.now() - t);
  }
  return figures(name, samples, performance.now() - started);
}

async function engine(
  point: DecisionPoint,
  data: ReturnType<typeof syntheticPdpData>,
) {
  const policyEngine = new PolicyEngine({
    point,
    loadData: async () => data,
    fallback: 'deny',
    logger: quietLogger,
  });
  await policyEngine.reload();
  return (input: PdpInput) => policyEngine.decide(input);
}

/**
 * The PDP alone, per decision: (a) the Rego in-process as wasm, (b) the same
 * Rego on an OPA server over HTTP (one call per decision, like Backstage's
 * OPA wrapper plugins), (c) an allow-all answer as the floor.
 */
export async function runEngineBench(
  opaUrl: string,
  users: number,
  decisions: number,
) {
  const data = syntheticPdpData({ users });
  const inputs = syntheticInputs(data, decisions);
  const wasm = await engine(await WasmDecisionPoint.create(), data);
  const rest = await engine(
    new OpaServerDecisionPoint({ baseUrl: opaUrl, timeoutMs: 5000 }),
    data,
  );
  const restInputs = inputs.slice(0, Math.min(inputs.length, 5000));
  return [
    await measure('(a) wasm in-process', wasm, inputs),
    await measure('(b) OPA server over HTTP', rest, restInputs),
    await measure('(c) allow-all', async () => ({ result: 'ALLOW' }), inputs),
  ];
}
