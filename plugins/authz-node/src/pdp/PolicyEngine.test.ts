import { mockServices } from '@backstage/backend-test-utils';
import { DecisionRecord, PdpInput } from '@internal/plugin-authz-common';
import { DecisionJournal } from '../journal';
import { syntheticPdpData } from '../testing/syntheticModel';
import { OpaServerDecisionPoint } from './OpaServerDecisionPoint';
import { PolicyEngine } from './PolicyEngine';
import { WasmDecisionPoint } from './WasmDecisionPoint';

const input: PdpInput = {
  principal: { ref: 'user:default/u1', ownershipRefs: ['user:default/u1'] },
  permission: { name: 'authz.policy.update', type: 'basic' },
};

describe('PolicyEngine', () => {
  it('answers the fallback, with its reason, when the OPA server is unreachable', async () => {
    const records: DecisionRecord[] = [];
    const data = syntheticPdpData({ users: 5 });
    for (const fallback of ['deny', 'allow'] as const) {
      const engine = new PolicyEngine({
        // Nothing listens on port 9 of loopback.
        point: new OpaServerDecisionPoint({
          baseUrl: 'http://127.0.0.1:9',
          timeoutMs: 500,
        }),
        loadData: async () => data,
        fallback,
        logger: mockServices.logger.mock(),
        onDecision: record => records.push(record),
      });
      const { decision } = await engine.decide(input);
      expect(decision.result).toBe(fallback === 'deny' ? 'DENY' : 'ALLOW');
      expect(decision.summary).toMatch(
        /by the fallback decision: the PDP could not answer/,
      );
    }
    expect(records.map(r => r.engine)).toEqual(['fallback', 'fallback']);
  });

  it('shares one load between concurrent first decisions and journals denials', async () => {
    let loads = 0;
    const journal = new DecisionJournal();
    const data = syntheticPdpData({ users: 5 });
    const engine = new PolicyEngine({
      point: await WasmDecisionPoint.create(),
      loadData: async () => {
        loads++;
        await new Promise(r => setTimeout(r, 50));
        return data;
      },
      fallback: 'deny',
      logger: mockServices.logger.mock(),
      journal,
    });
    const results = await Promise.all([
      engine.decide(input),
      engine.decide(input),
      engine.decide(input),
    ]);
    expect(loads).toBe(1);
    expect(engine.loadedRevision).toBe(data.revision);
    // Nothing in the model grants authz.* to an unknown user.
    expect(results.map(r => r.decision.result)).toEqual([
      'DENY',
      'DENY',
      'DENY',
    ]);
    const latest = journal.latestDenial('user:default/u1', {
      permission: 'authz.policy.update',
    });
    expect(results.map(r => r.record.id)).toContain(latest?.decisionId);
    expect(latest?.summary).toBe(
      'no policy allows authz.policy.update for user:default/u1',
    );
  });

  it('reloads only when the store revision moved', async () => {
    let loads = 0;
    const engine = new PolicyEngine({
      point: await WasmDecisionPoint.create(),
      loadData: async () => ({
        ...syntheticPdpData({ users: 2 }),
        revision: ++loads,
      }),
      fallback: 'deny',
      logger: mockServices.logger.mock(),
    });
    await engine.reload();
    await engine.refresh(1);
    expect(loads).toBe(1);
    await engine.refresh(2);
    expect(loads).toBe(2);
    expect(engine.loadedRevision).toBe(2);
  });
});
