import { aiOpsBudgetUpdatePermission } from '@internal/plugin-ai-ops-common';
import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { auditTrail } from '../__testUtils__/auditTrail';
import { asUser, workspaceCondition } from '../__testUtils__/testContext';
import { shellNode } from '../runs/__testUtils__/executionTest';
import { routeTestSetUp } from '../runs/__testUtils__/routeTest';

const alice = asUser('user:default/alice');

describeOnBothDatabases('cost routes', databases => {
  const setUp = routeTestSetUp(databases);

  it.each(databases.eachSupportedId())(
    'keeps budgets, raises alerts once, blocks new runs, reports cost and stats on %p',
    async id => {
      const t = await setUp(id);
      const { app } = t;
      await request(app)
        .put('/workspaces/ml/budget')
        .set(alice)
        .send({ monthlyLimit: 1 })
        .expect(403);
      t.grants[aiOpsBudgetUpdatePermission.name] = workspaceCondition(
        'member',
        ['user:default/alice'],
      );
      await request(app)
        .put('/workspaces/ml/budget')
        .set(alice)
        .send({ monthlyLimit: -1 })
        .expect(400);
      const budget = await request(app)
        .put('/workspaces/ml/budget')
        .set(alice)
        .send({
          monthlyLimit: 1e-12,
          thresholds: [100, 50],
          blockNewRuns: true,
        })
        .expect(200);
      expect(budget.body).toMatchObject({
        workspace: 'ml',
        currency: 'USD',
        thresholds: [50, 100],
        blockNewRuns: true,
      });

      // Long enough for its memory to be measured: it costs something.
      const costly = await t.pipeline({
        nodes: [shellNode('work', 'echo working; sleep 0.3')],
        edges: [],
      });
      const run = await request(app)
        .post(`/workspaces/ml/pipelines/${costly.id}/runs`)
        .set(alice)
        .send({})
        .expect(201);
      await t.waitForRun(run.body.id);
      for (let i = 0; i < 50 && (await t.knex('budget_alerts')).length < 2; i++)
        await new Promise(r => setTimeout(r, 50));
      expect(
        (await t.knex('budget_alerts'))
          .map(a => Number(a.threshold))
          .sort((a, b) => a - b),
      ).toEqual([50, 100]);
      const blocked = await request(app)
        .post(`/workspaces/ml/pipelines/${t.twoStep.id}/runs`)
        .set(alice)
        .send({})
        .expect(409);
      expect(blocked.body.error.message).toContain('monthly budget');

      const costs = await request(app)
        .get('/workspaces/ml/costs')
        .set(alice)
        .expect(200);
      expect(costs.body.byPipeline).toMatchObject([
        { pipelineId: costly.id, runs: 1 },
      ]);
      expect(costs.body.total).toBeGreaterThan(0);
      expect(costs.body.alerts.map((a: any) => a.threshold)).toEqual([50, 100]);
      await request(app)
        .get('/workspaces/ml/costs?month=2026-13')
        .set(alice)
        .expect(400);
      const prices = await request(app)
        .get('/workspaces/ml/prices')
        .set(alice)
        .expect(200);
      expect(prices.body).toEqual({
        cpuSecond: expect.any(Number),
        memoryGiBSecond: expect.any(Number),
        gpuHour: expect.any(Number),
        currency: 'USD',
      });
      await request(app).get('/workspaces/ml/prices').expect(401);
      const stats = await request(app)
        .get('/workspaces/ml/stats')
        .set(alice)
        .expect(200);
      expect(stats.body).toMatchObject({
        activeRuns: 0,
        runsLast24h: 1,
        successRate7d: 1,
        usage: { gpu: { used: 0 } },
      });
      expect(stats.body.usage.storageBytes.used).toBeGreaterThan(0);
      expect(stats.body.cost.thisMonth).toBeGreaterThan(0);
      expect((await auditTrail(t.context.auditor)).map(e => e.eventId)).toEqual(
        expect.arrayContaining(['ai-ops-budget-update', 'ai-ops-budget-alert']),
      );
    },
  );
});
