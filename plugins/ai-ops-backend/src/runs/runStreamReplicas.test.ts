import { mockCredentials } from '@backstage/backend-test-utils';
import { AI_OPS_TOPICS } from '@internal/plugin-ai-ops-common';
import { createPortalTestDatabases } from '@internal/testing';
import { createTestWorkspace } from '../__testUtils__/testContext';
import { stopAfterEach } from '../__testUtils__/stopAfterEach';
import { PipelineStore } from '../pipelines/PipelineStore';
import { edges, shellNode } from './__testUtils__/executionTest';
import { openEventStream } from './__testUtils__/eventStream';
import { startReplicas } from './__testUtils__/replicas';

jest.setTimeout(60_000);

const alice = {
  Authorization: mockCredentials.user.header('user:default/alice'),
};

describe('run event streams across replicas', () => {
  const databases = createPortalTestDatabases();
  const stopLater = stopAfterEach();

  it('streams a change made on one replica to a client of the other', async () => {
    const aiOps = await databases.init('POSTGRES_15');
    const events = await databases.init('POSTGRES_15');
    const { a, b, stop } = await startReplicas({ 'ai-ops': aiOps, events });
    stopLater(stop);
    const workspace = await createTestWorkspace(aiOps, { name: 'ml' });
    const pipeline = await new PipelineStore(aiOps).create(
      workspace,
      {
        name: 'two-step',
        title: 'Two steps',
        domain: 'time-series',
        tags: [],
        owner: 'group:default/test-team',
        graph: {
          nodes: [shellNode('make', 'echo made'), shellNode('use', 'true')],
          edges: edges(['make', 'use']),
        },
        message: 'test',
      },
      'user:default/alice',
    );
    const onA = await openEventStream(
      `${a.api}/workspaces/ml/runs/events`,
      alice,
    );
    const onB = await openEventStream(
      `${b.api}/workspaces/ml/runs/events`,
      alice,
    );
    await onA.until(text => text.includes(': connected'));
    await onB.until(text => text.includes(': connected'));

    const started = await fetch(
      `${a.api}/workspaces/ml/pipelines/${pipeline.id}/runs`,
      {
        method: 'POST',
        headers: { ...alice, 'Content-Type': 'application/json' },
        body: '{}',
      },
    );
    expect(started.status).toBe(201);
    const { id: runId } = await started.json();
    const succeeded = (_: string, so: { type: string; data: any }[]) =>
      so.some(e => e.type === 'run' && e.data.state === 'SUCCEEDED');
    const seenOnB = await onB.until(succeeded);
    await onA.until(succeeded);

    // A ran it (B only swept at its start, before the run existed).
    const [first] = await aiOps('execution_workers').orderBy('started_at');
    const run = await aiOps('runs').where({ id: runId }).first();
    expect(run.worker_id).toBe(first.id);
    expect(
      seenOnB
        .filter(e => e.type === 'task')
        .map(e => `${e.data.nodeId}:${e.data.state}`),
    ).toEqual(expect.arrayContaining(['make:SUCCEEDED', 'use:SUCCEEDED']));
    expect(seenOnB.filter(e => e.type === 'run').map(e => e.data.id)).toEqual(
      expect.arrayContaining([runId]),
    );

    // Exactly once on each: every change A published is one event on the
    // bus (for B; A's own subscriber was notified in process) and one
    // streamed event on each replica.
    const published = await events('event_bus_events')
      .where({ topic: AI_OPS_TOPICS.runChanged })
      .count({ count: '*' });
    const count = Number(published[0].count);
    expect(count).toBeGreaterThanOrEqual(6);
    await new Promise(r => setTimeout(r, 500));
    expect(onA.events()).toHaveLength(count);
    expect(onB.events()).toHaveLength(count);
    await onA.close();
    await onB.close();
  });
});
