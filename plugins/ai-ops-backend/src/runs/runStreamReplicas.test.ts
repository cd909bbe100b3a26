import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import eventsPlugin from '@backstage/plugin-events-backend';
import { eventsServiceFactory } from '@backstage/plugin-events-node';
import { AI_OPS_TOPICS } from '@internal/plugin-ai-ops-common';
import { createPortalTestDatabases } from '@internal/testing';
import { Knex } from 'knex';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestWorkspace } from '../__testUtils__/testContext';
import { stopAfterEach } from '../__testUtils__/stopAfterEach';
import { PipelineStore } from '../pipelines/PipelineStore';
import { aiOpsPlugin } from '../plugin';
import { edges, shellNode } from './__testUtils__/executionTest';
import { openEventStream } from './__testUtils__/eventStream';

jest.setTimeout(60_000);

const alice = {
  Authorization: mockCredentials.user.header('user:default/alice'),
};

/**
 * Two backends as in production: each with the ai-ops plugin and the events
 * backend, whose bus (PostgreSQL, LISTEN/NOTIFY) carries events between
 * them; each plugin's tables in a database of their own, shared by both.
 */
async function startReplicas(databases: Record<string, Knex>) {
  const objects = mkdtempSync(join(tmpdir(), 'ai-ops-replicas-'));
  const start = async () => {
    const backend = await startTestBackend({
      features: [
        aiOpsPlugin,
        eventsPlugin,
        eventsServiceFactory,
        createServiceFactory({
          service: coreServices.database,
          deps: { plugin: coreServices.pluginMetadata },
          factory: ({ plugin }) =>
            mockServices.database({ knex: databases[plugin.getId()] }),
        }),
        mockServices.rootConfig.factory({
          data: {
            // Short long-polls, so that stopping a backend does not wait long.
            events: { notifyTimeoutMs: 1000 },
            aiOps: {
              objectStore: { type: 'local', directory: objects },
              // Only the start-up sweep: runs stay on the backend that started them.
              execution: { sweepSeconds: 600 },
            },
          },
        }),
      ],
    });
    return {
      backend,
      api: `http://localhost:${backend.server.port()}/api/ai-ops`,
    };
  };
  // One after the other, as in a rolling deploy (both migrate).
  const a = await start();
  const b = await start();
  return { a, b };
}

describe('run event streams across replicas', () => {
  const databases = createPortalTestDatabases();
  const stopLater = stopAfterEach();

  it('streams a change made on one replica to a client of the other', async () => {
    const aiOps = await databases.init('POSTGRES_15');
    const events = await databases.init('POSTGRES_15');
    const { a, b } = await startReplicas({ 'ai-ops': aiOps, events });
    stopLater(async () => {
      await b.backend.stop();
      await a.backend.stop();
    });
    // Each replica subscribes on its own, so each gets every change.
    for (;;) {
      const subscriptions = await events('event_bus_subscriptions')
        .whereRaw('? = any(topics)', [AI_OPS_TOPICS.runChanged])
        .count({ count: '*' });
      if (Number(subscriptions[0].count) === 2) break;
      await new Promise(r => setTimeout(r, 100));
    }
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
