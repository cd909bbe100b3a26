import { describeOnBothDatabases } from '@internal/testing';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stopAfterEach } from '../__testUtils__/stopAfterEach';
import {
  edges,
  setUpExecution,
  shellNode,
} from './__testUtils__/executionTest';
import { RunControl } from './RunControl';
import { RunEvents } from './RunEvents';
import { RunStore } from './RunStore';

const trigger = { type: 'manual' as const, initiator: 'user:default/alice' };
const alice = { by: 'user:default/alice' };

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describeOnBothDatabases('RunControl and re-runs', databases => {
  const stopLater = stopAfterEach();
  async function setUp(id: Parameters<typeof databases.init>[0]) {
    const t = await setUpExecution(await databases.init(id));
    stopLater(t.stop);
    const runs = new RunStore(t.knex);
    const control = new RunControl(
      t.knex,
      t.execution.orchestrator,
      new RunEvents(t.knex, runs, t.context.events, t.context.logger),
    );
    const start = async (graph: Parameters<typeof t.pipeline>[0]) =>
      t.execution.launcher.start(t.workspace, {
        pipelineId: (await t.pipeline(graph)).id,
        trigger,
      });
    const waitForTask = async (runId: string, node: string, state: string) => {
      for (let i = 0; i < 300; i++) {
        const task = (await t.tasksOf(runId))[node];
        if (task.state === state) return task;
        await new Promise(r => setTimeout(r, 50));
      }
      throw new Error(`Task ${node} never got ${state}`);
    };
    return { ...t, runs, control, start, waitForTask };
  }

  it.each(databases.eachSupportedId())(
    'stops a run: kills running attempts, cancels the rest on %p',
    async id => {
      const t = await setUp(id);
      const run = await t.start({
        nodes: [shellNode('long', 'sleep 60'), shellNode('next', 'true')],
        edges: edges(['long', 'next']),
      });
      const long = await t.waitForTask(run.id, 'long', 'RUNNING');
      await new Promise(r => setTimeout(r, 200));
      const pid = Number(
        (await t.tasksOf(run.id)).long.executor_ref.split(':').pop(),
      );
      expect(isAlive(pid)).toBe(true);

      const stopping = await t.control.stop(t.workspace.id, run.id, {
        ...alice,
        reason: 'wrong params',
      });
      expect(stopping.state).toBe('CANCELING');
      const ended = await t.waitForRun(run.id);
      expect(ended.state).toBe('CANCELED');
      const tasks = await t.tasksOf(run.id);
      expect(tasks.long.state).toBe('CANCELED');
      expect(tasks.next.state).toBe('CANCELED');
      expect(isAlive(pid)).toBe(false);
      expect(JSON.parse(ended.state_history).map((h: any) => h.state)).toEqual([
        'PENDING',
        'RUNNING',
        'CANCELING',
        'CANCELED',
      ]);
      expect(JSON.parse(ended.state_history)[2]).toMatchObject({
        by: 'user:default/alice',
        reason: 'wrong params',
      });
      expect(long.id).toBe(tasks.long.id);
      await expect(
        t.control.stop(t.workspace.id, run.id, alice),
      ).rejects.toThrow('CANCELED: it cannot be stopped');
    },
  );

  it.each(databases.eachSupportedId())(
    'pauses: running tasks finish, no new ones start until resumed, on %p',
    async id => {
      const t = await setUp(id);
      const run = await t.start({
        nodes: [shellNode('first', 'sleep 0.5'), shellNode('second', 'true')],
        edges: edges(['first', 'second']),
      });
      await t.waitForTask(run.id, 'first', 'RUNNING');
      expect((await t.control.pause(t.workspace.id, run.id, alice)).state).toBe(
        'PAUSED',
      );
      await t.waitForTask(run.id, 'first', 'SUCCEEDED');
      await new Promise(r => setTimeout(r, 700));
      expect((await t.tasksOf(run.id)).second.state).toBe('PENDING');
      expect((await t.knex('runs').where({ id: run.id }).first()).state).toBe(
        'PAUSED',
      );
      await expect(
        t.control.pause(t.workspace.id, run.id, alice),
      ).rejects.toThrow('not RUNNING');

      await t.control.resume(t.workspace.id, run.id, alice);
      expect((await t.waitForRun(run.id)).state).toBe('SUCCEEDED');
    },
  );

  it.each(databases.eachSupportedId())(
    're-runs, and re-runs from the failed task keeping what succeeded, on %p',
    async id => {
      const t = await setUp(id);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-ops-rerun-'));
      const count = path.join(dir, 'prepare-count');
      const run = await t.start({
        nodes: [
          shellNode(
            'prepare',
            `echo x >> ${count}; printf data > "\${AI_OPS_OUTPUT_OUT#file://}"`,
          ),
          shellNode(
            'train',
            `test -f ${dir}/fixed && cat "\${AI_OPS_INPUT_IN#file://}"`,
          ),
        ],
        edges: edges(['prepare', 'train']),
      });
      const failed = await t.waitForRun(run.id);
      expect(failed.state).toBe('FAILED');
      fs.writeFileSync(path.join(dir, 'fixed'), '');

      const rerun = await t.execution.launcher.rerun(
        t.workspace,
        failed,
        'user:default/bob',
        true,
      );
      expect(rerun).toMatchObject({
        rerunOf: run.id,
        runNumber: 2,
        initiator: 'user:default/bob',
      });
      const done = await t.waitForRun(rerun.id);
      expect(done.state).toBe('SUCCEEDED');
      const tasks = await t.tasksOf(rerun.id);
      expect(tasks.prepare).toMatchObject({ state: 'SUCCEEDED' });
      expect(JSON.parse(tasks.prepare.state_history)[0].reason).toBe(
        'Kept from run #1',
      );
      expect(fs.readFileSync(count, 'utf8')).toBe('x\n');
      const log = await t.context.objectStore.get(tasks.train.log_uri);
      let text = '';
      for await (const chunk of log) text += chunk;
      expect(text).toBe('data');

      const whole = await t.execution.launcher.rerun(
        t.workspace,
        done,
        'user:default/bob',
        false,
      );
      expect((await t.waitForRun(whole.id)).state).toBe('SUCCEEDED');
      expect(fs.readFileSync(count, 'utf8')).toBe('x\nx\n');
      await expect(
        t.execution.launcher.rerun(t.workspace, done, 'user:default/bob', true),
      ).rejects.toThrow('only a FAILED or CANCELED run');
    },
  );

  it.each(databases.eachSupportedId())(
    'recovers runs a dead backend left RUNNING on %p',
    async id => {
      const t = await setUp(id);
      const run = await t.start({
        nodes: [
          shellNode('lost', 'true', {
            retry: { maxAttempts: 2, backoffSeconds: 0, backoffMultiplier: 1 },
          }),
          shellNode('gone', 'true'),
        ],
        edges: [],
      });
      await t.waitForRun(run.id);
      // What a backend that died mid-run leaves: its worker row with an old
      // heartbeat, the run on it, attempts RUNNING.
      const dead = 'elsewhere:1:dead';
      const long_ago = new Date(Date.now() - 3600_000);
      await t
        .knex('execution_workers')
        .insert({ id: dead, started_at: long_ago, heartbeat_at: long_ago });
      await t
        .knex('runs')
        .where({ id: run.id })
        .update({ state: 'RUNNING', worker_id: dead, finished_at: null });
      await t.knex('tasks').where({ run_id: run.id }).update({
        state: 'RUNNING',
        attempt: 1,
        worker_id: dead,
        finished_at: null,
      });

      await t.stop();
      // Replicas share one object store.
      const next = await setUpExecution(
        t.knex,
        {
          aiOps: {
            objectStore: { type: 'local', directory: t.objectStoreDirectory },
          },
        },
        'other',
      );
      stopLater(next.stop);
      const recovered = await next.waitForRun(run.id);
      expect(recovered.worker_id).toBe(next.execution.orchestrator.workers.id);
      expect(recovered.state).toBe('FAILED');
      const tasks = await next.tasksOf(run.id);
      expect(tasks.lost).toMatchObject({ state: 'SUCCEEDED', attempt: 2 });
      expect(tasks.gone).toMatchObject({ state: 'FAILED', error_code: 'lost' });
      expect(await t.knex('execution_workers').where({ id: dead })).toEqual([]);
    },
  );
});
