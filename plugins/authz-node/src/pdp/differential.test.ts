import { requireServiceEnv } from '@internal/testing';
import { RegoDecision } from '@internal/plugin-authz-common';
import { syntheticInputs, syntheticPdpData } from '../testing/syntheticModel';
import { OpaServerDecisionPoint } from './OpaServerDecisionPoint';
import { WasmDecisionPoint } from './WasmDecisionPoint';

/** JSON with object keys sorted: key order is each engine's own business. */
const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );

/** Set order is too: compare matched statements as a sorted list. */
const canonical = (decision: RegoDecision) =>
  stable({ ...decision, matched: decision.matched.map(stable).sort() });

describe('wasm and OPA server agree', () => {
  it('gives identical decisions for the same Rego, data and 2,000 requests', async () => {
    const data = syntheticPdpData({ users: 300 });
    const inputs = syntheticInputs(data, 2000);
    const wasm = await WasmDecisionPoint.create(data);
    const server = new OpaServerDecisionPoint({
      baseUrl: requireServiceEnv('opa', 'OPA_URL'),
      timeoutMs: 5000,
    });
    await server.load(data);

    const mismatches: string[] = [];
    const outcomes = { blocked: 0, matched: 0, conditional: 0, deny: 0 };
    const fromServer: RegoDecision[] = [];
    for (let i = 0; i < inputs.length; i += 50) {
      fromServer.push(
        ...(await Promise.all(
          inputs.slice(i, i + 50).map(input => server.evaluate(input)),
        )),
      );
    }
    for (const [index, input] of inputs.entries()) {
      const [a, b] = [await wasm.evaluate(input), fromServer[index]];
      if (canonical(a) !== canonical(b)) {
        mismatches.push(JSON.stringify({ input, wasm: a, server: b }));
      }
      if (a.blocked) outcomes.blocked++;
      if (a.matched.length) outcomes.matched++;
      if (a.matched.some(m => m.conditions.length)) outcomes.conditional++;
      if (a.matched.some(m => m.effect === 'Deny')) outcomes.deny++;
    }
    expect(mismatches.slice(0, 3)).toEqual([]);
    // The set must exercise every branch, or agreement proves little.
    expect(outcomes.blocked).toBeGreaterThan(0);
    expect(outcomes.matched).toBeGreaterThan(200);
    expect(outcomes.conditional).toBeGreaterThan(50);
    expect(outcomes.deny).toBeGreaterThan(20);
  }, 120_000);
});
