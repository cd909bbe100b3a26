import {
  aiOpsPipelineReadPermission,
  aiOpsRunCreatePermission,
  aiOpsRunReadPermission,
} from '@internal/plugin-ai-ops-common';
import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { auditTrail } from '../__testUtils__/auditTrail';
import { asUser, workspaceCondition } from '../__testUtils__/testContext';
import { shellNode } from './__testUtils__/executionTest';
import { routeTestSetUp } from './__testUtils__/routeTest';
import { findWorkspaceByName } from '../tenancy/workspaceRows';

const alice = asUser('user:default/alice');
const RUNS = '/workspaces/ml/runs';

describeOnBothDatabases('run routes', databases => {
  const setUp = routeTestSetUp(databases);

  it.each(databases.eachSupportedId())(
    'authenticates, authorizes and validates on %p',
    async id => {
      const { app, grants, twoStep: pipeline } = await setUp(id);
      await request(app).get(RUNS).expect(401);
      await request(app).get('/workspaces/nope/runs').set(alice).expect(404);
      await request(app)
        .get(`${RUNS}/00000000-0000-4000-8000-000000000000`)
        .set(alice)
        .expect(404);
      await request(app).get(`${RUNS}/not-a-uuid`).set(alice).expect(404);
      const badState = await request(app)
        .get(`${RUNS}?state=BOGUS`)
        .set(alice)
        .expect(400);
      expect(badState.body.error.message).toContain('state');
      await request(app).get(`${RUNS}?cursor=zzz`).set(alice).expect(400);
      await request(app)
        .post(`/workspaces/ml/pipelines/${pipeline.id}/runs`)
        .set(alice)
        .send({ bogus: 1 })
        .expect(400);
      await request(app)
        .post(RUNS)
        .set(alice)
        .send({ pipelineId: '00000000-0000-4000-8000-000000000000' })
        .expect(404);
      await request(app)
        .post(`/workspaces/ml/pipelines/${pipeline.id}/runs`)
        .set(alice)
        .send({ queue: 'nope' })
        .expect(400);
      await request(app).get('/queues').expect(401);
      expect(
        (await request(app).get('/resource-profiles').set(alice).expect(200))
          .body.items,
      ).toContainEqual({ name: 'default', cpu: 1, memoryMiB: 1024, gpu: 0 });
      const pipelineRead = grants[aiOpsPipelineReadPermission.name];
      delete grants[aiOpsPipelineReadPermission.name];
      await request(app).get('/queues').set(alice).expect(403);
      await request(app).get('/resource-profiles').set(alice).expect(403);
      grants[aiOpsPipelineReadPermission.name] = pipelineRead;

      delete grants[aiOpsRunCreatePermission.name];
      await request(app)
        .post(`/workspaces/ml/pipelines/${pipeline.id}/runs`)
        .set(alice)
        .send({})
        .expect(403);
      grants[aiOpsRunReadPermission.name] = workspaceCondition('member', [
        'user:default/bob',
      ]);
      await request(app).get(RUNS).set(alice).expect(403);
    },
  );

  it.each(databases.eachSupportedId())(
    'starts runs, lists them with filters and pages, shows logs and artifacts on %p',
    async id => {
      const t = await setUp(id);
      const { app } = t;
      const manual = await request(app)
        .post(`/workspaces/ml/pipelines/${t.twoStep.id}/runs`)
        .set(alice)
        .send({ params: { lr: 0.1 } })
        .expect(201);
      const api = await request(app)
        .post(RUNS)
        .set(alice)
        .send({ pipelineId: t.twoStep.id })
        .expect(201);
      expect(manual.body).toMatchObject({
        trigger: 'manual',
        runNumber: 1,
        workspace: 'ml',
        pipelineName: t.twoStep.name,
      });
      expect(api.body).toMatchObject({ trigger: 'api', runNumber: 2 });
      await t.waitForRun(manual.body.id);
      await t.waitForRun(api.body.id);

      const all = await request(app).get(RUNS).set(alice).expect(200);
      expect(all.body.items.map((r: any) => r.id)).toEqual([
        api.body.id,
        manual.body.id,
      ]);
      expect(all.body.items[0].progress).toMatchObject({
        total: 2,
        succeeded: 2,
      });
      const byTrigger = await request(app)
        .get(`${RUNS}?trigger=api`)
        .set(alice)
        .expect(200);
      expect(byTrigger.body.items.map((r: any) => r.id)).toEqual([api.body.id]);
      const byState = await request(app)
        .get(`${RUNS}?state=FAILED,RUNNING`)
        .set(alice)
        .expect(200);
      expect(byState.body.items).toEqual([]);
      const first = await request(app)
        .get(`${RUNS}?limit=1&pipeline=${t.twoStep.id}`)
        .set(alice)
        .expect(200);
      const second = await request(app)
        .get(
          `${RUNS}?limit=1&pipeline=${t.twoStep.id}&cursor=${first.body.nextCursor}`,
        )
        .set(alice)
        .expect(200);
      expect([first.body.items[0].id, second.body.items[0].id]).toEqual([
        api.body.id,
        manual.body.id,
      ]);
      expect(second.body.nextCursor).toBeUndefined();
      const future = await request(app)
        .get(
          `${RUNS}?from=${encodeURIComponent(
            new Date(Date.now() + 60_000).toISOString(),
          )}`,
        )
        .set(alice)
        .expect(200);
      expect(future.body.items).toEqual([]);

      const detail = await request(app)
        .get(`${RUNS}/${manual.body.id}`)
        .set(alice)
        .expect(200);
      expect(detail.body).toMatchObject({
        state: 'SUCCEEDED',
        params: { lr: 0.1 },
      });
      expect(
        detail.body.tasks.map((task: any) => [
          task.nodeId,
          task.state,
          task.upstream,
        ]),
      ).toEqual([
        ['make', 'SUCCEEDED', []],
        ['use', 'SUCCEEDED', ['make']],
      ]);
      const log = await request(app)
        .get(`${RUNS}/${manual.body.id}/tasks/use/logs`)
        .set(alice)
        .expect(200);
      expect(log.text).toBe('42{"lr":0.1}\n');
      const followed = await request(app)
        .get(`${RUNS}/${manual.body.id}/tasks/make/logs?follow=true`)
        .set(alice)
        .expect(200);
      expect(followed.text).toBe('making\n');
      const artifacts = await request(app)
        .get(`${RUNS}/${manual.body.id}/artifacts`)
        .set(alice)
        .expect(200);
      expect(artifacts.body.items).toMatchObject([
        { name: 'out', nodeId: 'make', size: 2 },
      ]);
      const content = await request(app)
        .get(
          `${RUNS}/${manual.body.id}/artifacts/${artifacts.body.items[0].id}/content`,
        )
        .set(alice)
        .buffer(true)
        .expect(200);
      expect(content.body.toString()).toBe('42');

      expect((await auditTrail(t.context.auditor)).map(e => e.eventId)).toEqual(
        ['ai-ops-run-start', 'ai-ops-run-start'],
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'stops and re-runs through the API, audited on %p',
    async id => {
      const t = await setUp(id);
      const slow = await t.pipeline({
        nodes: [shellNode('wait', 'sleep 30')],
        edges: [],
      });
      const run = await request(t.app)
        .post(`/workspaces/ml/pipelines/${slow.id}/runs`)
        .set(alice)
        .send({})
        .expect(201);
      // Stop a task that runs, not one still waiting to be dispatched.
      await t.waitForTask(run.body.id, 'wait', ['RUNNING']);
      const stopped = await request(t.app)
        .post(`${RUNS}/${run.body.id}/stop`)
        .set(alice)
        .send({ reason: 'enough' })
        .expect(200);
      expect(['CANCELING', 'CANCELED']).toContain(stopped.body.state);
      expect((await t.waitForRun(run.body.id)).state).toBe('CANCELED');
      await request(t.app)
        .post(`${RUNS}/${run.body.id}/resume`)
        .set(alice)
        .send({})
        .expect(409);
      const again = await request(t.app)
        .post(`${RUNS}/${run.body.id}/rerun-failed`)
        .set(alice)
        .send({})
        .expect(201);
      expect(again.body).toMatchObject({ rerunOf: run.body.id, runNumber: 2 });
      await request(t.app)
        .post(`${RUNS}/${again.body.id}/stop`)
        .set(alice)
        .send({})
        .expect(200);
      const trail = await auditTrail(t.context.auditor);
      expect(trail.map(e => e.eventId)).toEqual([
        'ai-ops-run-start',
        'ai-ops-run-stop',
        'ai-ops-run-resume',
        'ai-ops-run-rerun-failed',
        'ai-ops-run-stop',
      ]);
      expect(trail[1]).toMatchObject({
        meta: { before: { state: 'RUNNING' } },
        succeeded: { after: { state: 'CANCELING' } },
      });
      expect(trail[2].failed).toBe(true);
    },
  );

  it.each(databases.eachSupportedId())(
    'starts no run in an archived workspace, by any trigger, on %p',
    async id => {
      const t = await setUp(id);
      const run = await request(t.app)
        .post(`/workspaces/ml/pipelines/${t.twoStep.id}/runs`)
        .set(alice)
        .send({})
        .expect(201);
      await t.waitForRun(run.body.id);
      await t
        .knex('workspaces')
        .where({ name: 'ml' })
        .update({ archived_at: new Date() });
      const archived = (await findWorkspaceByName(t.knex, 'ml'))!;

      const refused = await request(t.app)
        .post(`/workspaces/ml/pipelines/${t.twoStep.id}/runs`)
        .set(alice)
        .send({})
        .expect(409);
      expect(refused.body.error.message).toBe(
        "Workspace 'ml' is archived; unarchive it to change it",
      );
      await request(t.app)
        .post(`${RUNS}/${run.body.id}/rerun`)
        .set(alice)
        .send({})
        .expect(409);
      await expect(
        t.execution.launcher.start(archived, {
          pipelineId: t.twoStep.id,
          trigger: { type: 'schedule', initiator: 'schedule:nightly' },
        }),
      ).rejects.toThrow(/is archived/);
      expect(await t.knex('runs').pluck('id')).toEqual([run.body.id]);
    },
  );
});
