import { describeOnBothDatabases } from '@internal/testing';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stopAfterEach } from '../__testUtils__/stopAfterEach';
import {
  edges,
  runToEnd,
  setUpExecution,
  shellNode,
} from './__testUtils__/executionTest';

const trigger = { type: 'manual' as const, initiator: 'user:default/alice' };
const ms = (value: unknown) => new Date(value as string).getTime();

describeOnBothDatabases('Orchestrator', databases => {
  const stopLater = stopAfterEach();
  async function setUp(id: Parameters<typeof databases.init>[0], config = {}) {
    const test = await setUpExecution(await databases.init(id), config);
    stopLater(test.stop);
    return test;
  }
  const markerDir = () =>
    fs.mkdtempSync(path.join(os.tmpdir(), 'ai-ops-marker-'));

  it.each(databases.eachSupportedId())(
    'runs a DAG in order, with logs, outputs and usage on %p',
    async id => {
      const t = await setUp(id);
      const pipeline = await t.pipeline({
        nodes: [
          shellNode(
            'a',
            'echo hello from a; sleep 0.2; printf A > "${AI_OPS_OUTPUT_OUT#file://}"',
          ),
          shellNode(
            'b',
            'cat "${AI_OPS_INPUT_IN#file://}"; echo " then b" >&2; printf B > "${AI_OPS_OUTPUT_OUT#file://}"',
          ),
          shellNode('c', 'cat "${AI_OPS_INPUT_IN#file://}"'),
        ],
        edges: edges(['a', 'b'], ['b', 'c']),
      });
      const started = await t.execution.launcher.start(t.workspace, {
        pipelineId: pipeline.id,
        trigger,
      });
      expect(started).toMatchObject({
        state: 'PENDING',
        runNumber: 1,
        trigger: 'manual',
        initiator: 'user:default/alice',
      });
      const run = await t.waitForRun(started.id);
      expect(run.state).toBe('SUCCEEDED');
      const tasks = await t.tasksOf(run.id);
      expect(ms(tasks.b.started_at)).toBeGreaterThanOrEqual(
        ms(tasks.a.finished_at),
      );
      expect(ms(tasks.c.started_at)).toBeGreaterThanOrEqual(
        ms(tasks.b.finished_at),
      );

      const text = async (uri: string) => {
        const chunks: Buffer[] = [];
        for await (const chunk of await t.context.objectStore.get(uri))
          chunks.push(chunk);
        return Buffer.concat(chunks).toString();
      };
      expect(await text(tasks.a.log_uri)).toBe('hello from a\n');
      expect(await text(tasks.b.log_uri)).toBe('A then b\n');
      expect(await text(tasks.c.log_uri)).toBe('B');
      const artifacts = await t.knex('artifacts').where({ run_id: run.id });
      expect(artifacts.map(a => a.node_id).sort()).toEqual(['a', 'b']);
      expect(Number(tasks.a.peak_memory_bytes)).toBeGreaterThan(0);
      expect(Number(run.cost)).toBeGreaterThan(0);
      expect(JSON.parse(run.state_history).map((h: any) => h.state)).toEqual([
        'PENDING',
        'RUNNING',
        'SUCCEEDED',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'runs parallel branches at once, within the queue limit, on %p',
    async id => {
      const t = await setUp(id, {
        aiOps: { queues: [{ name: 'serial', maxConcurrency: 1 }] },
      });
      const graph = {
        nodes: [
          shellNode('root', 'true'),
          shellNode('left', 'sleep 1'),
          shellNode('right', 'sleep 1'),
        ],
        edges: edges(['root', 'left'], ['root', 'right']),
      };
      const overlap = (x: any, y: any) =>
        ms(x.started_at) < ms(y.finished_at) &&
        ms(y.started_at) < ms(x.finished_at);

      const parallel = await t.execution.launcher.start(t.workspace, {
        pipelineId: (await t.pipeline(graph)).id,
        trigger,
      });
      expect((await t.waitForRun(parallel.id)).state).toBe('SUCCEEDED');
      const p = await t.tasksOf(parallel.id);
      expect(overlap(p.left, p.right)).toBe(true);

      const serial = await t.execution.launcher.start(t.workspace, {
        pipelineId: (await t.pipeline(graph)).id,
        trigger,
        queue: 'serial',
      });
      expect((await t.waitForRun(serial.id)).state).toBe('SUCCEEDED');
      const s = await t.tasksOf(serial.id);
      expect(overlap(s.left, s.right)).toBe(false);
    },
  );

  it.each(databases.eachSupportedId())(
    'retries a runtime failure after its backoff on %p',
    async id => {
      const t = await setUp(id);
      const marker = path.join(markerDir(), 'tried');
      const pipeline = await t.pipeline({
        nodes: [
          shellNode(
            'flaky',
            `if [ -f ${marker} ]; then echo second; else touch ${marker}; exit 7; fi`,
            {
              retry: {
                maxAttempts: 3,
                backoffSeconds: 1,
                backoffMultiplier: 2,
              },
            },
          ),
        ],
        edges: [],
      });
      const run = await runToEnd(t, pipeline.id);
      expect(run.state).toBe('SUCCEEDED');
      const { flaky } = await t.tasksOf(run.id);
      expect(Number(flaky.attempt)).toBe(2);
      const history = JSON.parse(flaky.state_history);
      expect(history.map((h: any) => h.state)).toEqual([
        'PENDING',
        'RUNNING',
        'PENDING',
        'RUNNING',
        'SUCCEEDED',
      ]);
      expect(history[2].reason).toContain('Exited with code 7');
      expect(history[2].reason).toContain('retry in 1 s');
      expect(ms(history[3].at) - ms(history[2].at)).toBeGreaterThanOrEqual(
        1000,
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'fails on timeout, skips downstream, and keeps other branches going on %p',
    async id => {
      const t = await setUp(id);
      const pipeline = await t.pipeline({
        nodes: [
          shellNode('slow', 'sleep 30', { timeoutSeconds: 1 }),
          shellNode('after', 'true'),
          shellNode('later', 'true'),
          shellNode('other', 'sleep 0.5'),
        ],
        edges: edges(['slow', 'after'], ['after', 'later']),
      });
      const run = await runToEnd(t, pipeline.id);
      expect(run).toMatchObject({ state: 'FAILED', failure_cause: 'runtime' });
      expect(run.error_message).toContain(
        'Task slow failed: Timed out after 1 s',
      );
      const tasks = await t.tasksOf(run.id);
      expect(tasks.slow).toMatchObject({
        state: 'FAILED',
        error_code: 'timeout',
        failure_cause: 'runtime',
      });
      expect(tasks.after.state).toBe('SKIPPED');
      expect(tasks.later.state).toBe('SKIPPED');
      expect(tasks.other.state).toBe('SUCCEEDED');
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps data-validation failures apart and does not retry them on %p',
    async id => {
      const t = await setUp(id);
      const pipeline = await t.pipeline({
        nodes: [
          shellNode('check', 'echo 3 rows miss a label; exit 65', {
            retry: { maxAttempts: 3, backoffSeconds: 0, backoffMultiplier: 1 },
          }),
        ],
        edges: [],
      });
      const run = await runToEnd(t, pipeline.id);
      expect(run).toMatchObject({
        state: 'FAILED',
        failure_cause: 'data-validation',
      });
      const { check } = await t.tasksOf(run.id);
      expect(check).toMatchObject({
        state: 'FAILED',
        failure_cause: 'data-validation',
        exit_code: 65,
      });
      expect(Number(check.attempt)).toBe(1);
    },
  );
});
