import { mockCredentials } from '@backstage/backend-test-utils';
import { GraphNode } from '@internal/plugin-ai-ops-common';
import { createPortalTestDatabases } from '@internal/testing';
import { Knex } from 'knex';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestWorkspace } from '../__testUtils__/testContext';
import { stopAfterEach } from '../__testUtils__/stopAfterEach';
import { PipelineStore } from '../pipelines/PipelineStore';
import { shellNode } from './__testUtils__/executionTest';
import { startReplicas } from './__testUtils__/replicas';

jest.setTimeout(60_000);

const alice = {
  Authorization: mockCredentials.user.header('user:default/alice'),
};

/** The run's only task once it is in one of `states`. */
async function waitForTask(
  knex: Knex,
  runId: string,
  states: string[],
  timeoutMs = 20_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const task = await knex('tasks').where({ run_id: runId }).first();
    if (task && states.includes(task.state)) return task;
    if (Date.now() > deadline) {
      throw new Error(`Task of ${runId} is ${task?.state}, not ${states}`);
    }
    await new Promise(r => setTimeout(r, 20));
  }
}

describe('queue slots freed on another replica', () => {
  const databases = createPortalTestDatabases();
  const stopLater = stopAfterEach();

  it('starts a task waiting here soon after another replica frees the slot', async () => {
    const aiOps = await databases.init('POSTGRES_15');
    const events = await databases.init('POSTGRES_15');
    const { a, b, stop } = await startReplicas(
      { 'ai-ops': aiOps, events },
      {
        queues: [{ name: 'single', maxConcurrency: 1 }],
        // No sweep during the test: only the freed slot can wake B.
        execution: { sweepSeconds: 60 },
      },
    );
    stopLater(stop);
    const workspace = await createTestWorkspace(aiOps, { name: 'ml' });
    const pipelines = new PipelineStore(aiOps);
    const startRun = async (api: string, node: GraphNode) => {
      const pipeline = await pipelines.create(
        workspace,
        {
          name: node.id,
          title: node.id,
          domain: 'time-series',
          tags: [],
          owner: 'group:default/test-team',
          graph: { nodes: [node], edges: [] },
          message: 'test',
        },
        'user:default/alice',
      );
      const started = await fetch(
        `${api}/workspaces/ml/pipelines/${pipeline.id}/runs`,
        {
          method: 'POST',
          headers: { ...alice, 'Content-Type': 'application/json' },
          body: '{}',
        },
      );
      expect(started.status).toBe(201);
      return ((await started.json()) as { id: string }).id;
    };

    // A holds the queue's only slot until the gate opens.
    const gate = join(mkdtempSync(join(tmpdir(), 'ai-ops-gate-')), 'open');
    const holding = await startRun(
      a.api,
      shellNode('hold', `while [ ! -f ${gate} ]; do sleep 0.01; done`, {
        queue: 'single',
      }),
    );
    await waitForTask(aiOps, holding, ['RUNNING']);
    const waiting = await startRun(
      b.api,
      shellNode('wait', 'true', { queue: 'single' }),
    );
    for (;;) {
      const run = await aiOps('runs').where({ id: waiting }).first();
      if (run.state === 'RUNNING') break;
      await new Promise(r => setTimeout(r, 20));
    }
    // Time for B's dispatch to find the queue full.
    await new Promise(r => setTimeout(r, 500));
    const owners = await aiOps('runs')
      .whereIn('id', [holding, waiting])
      .pluck('worker_id');
    expect(new Set(owners).size).toBe(2);
    expect((await waitForTask(aiOps, waiting, ['PENDING'], 0)).state).toBe(
      'PENDING',
    );

    writeFileSync(gate, '');
    const held = await waitForTask(aiOps, holding, ['SUCCEEDED']);
    const waited = await waitForTask(
      aiOps,
      waiting,
      ['RUNNING', 'SUCCEEDED'],
      5_000,
    );
    const freedAt = new Date(held.finished_at).getTime();
    expect(new Date(waited.started_at).getTime() - freedAt).toBeLessThan(1_000);
  });
});
