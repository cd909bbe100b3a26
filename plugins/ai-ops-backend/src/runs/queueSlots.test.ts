import { describeOnBothDatabases } from '@internal/testing';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopAfterEach } from '../__testUtils__/stopAfterEach';
import { setUpExecution, shellNode } from './__testUtils__/executionTest';
import { SLOT_STATES } from './queueSlots';

const trigger = { type: 'manual' as const, initiator: 'user:default/alice' };
const LIMIT = 2;
const LEAVES = 6;

describeOnBothDatabases('queue slots across backends', databases => {
  const stopLater = stopAfterEach();

  it.each(databases.eachSupportedId())(
    'keeps a queue within maxConcurrency when two backends dispatch at once on %p',
    async id => {
      const knex = await databases.init(id);
      const config = {
        aiOps: {
          queues: [{ name: 'narrow', maxConcurrency: LIMIT }],
          executors: { local: { maxParallel: 2 * LEAVES } },
          execution: { sweepSeconds: 1 },
        },
      };
      // Two backends (orchestrator, executor) on one database.
      const a = await setUpExecution(knex, config, 'ml-a');
      stopLater(a.stop);
      const b = await setUpExecution(knex, config, 'ml-b');
      stopLater(b.stop);

      // Each run waits at a gate, then LEAVES tasks want the narrow queue:
      // opening both gates together makes both backends dispatch at once.
      const gate = join(mkdtempSync(join(tmpdir(), 'ai-ops-gate-')), 'open');
      const graph = {
        nodes: [
          shellNode('gate', `while [ ! -f ${gate} ]; do sleep 0.01; done`),
          ...Array.from({ length: LEAVES }, (_, i) =>
            shellNode(`leaf${i}`, 'sleep 0.3', { queue: 'narrow' }),
          ),
        ],
        edges: Array.from({ length: LEAVES }, (_, i) => ({
          from: { node: 'gate', output: 'out' },
          to: { node: `leaf${i}`, input: 'in' },
        })),
      };
      const runs = [];
      for (const t of [a, b]) {
        const run = await t.execution.launcher.start(t.workspace, {
          pipelineId: (await t.pipeline(graph)).id,
          trigger,
        });
        await t.waitForRun(run.id, ['RUNNING']);
        runs.push(run.id);
      }
      const owners = await knex('runs').whereIn('id', runs).pluck('worker_id');
      expect(new Set(owners).size).toBe(2);
      writeFileSync(gate, '');

      let most = 0;
      for (;;) {
        const [{ held }] = await knex('tasks')
          .where({ queue: 'narrow' })
          .whereIn('state', SLOT_STATES)
          .count({ held: '*' });
        most = Math.max(most, Number(held));
        const open = await knex('runs')
          .whereIn('id', runs)
          .whereIn('state', ['PENDING', 'RUNNING']);
        if (open.length === 0) break;
        await new Promise(r => setTimeout(r, 10));
      }
      expect(most).toBe(LIMIT);
      const ended = await knex('runs').whereIn('id', runs).pluck('state');
      expect(ended).toEqual(['SUCCEEDED', 'SUCCEEDED']);
      const leaves = await knex('tasks')
        .where({ queue: 'narrow', state: 'SUCCEEDED' })
        .count({ count: '*' });
      expect(Number(leaves[0].count)).toBe(2 * LEAVES);
    },
  );
});
