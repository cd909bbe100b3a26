import { RUN_STATES, TRIGGER_TYPES } from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { createTestWorkspace } from '../../plugins/ai-ops-backend/src/__testUtils__/testContext';

export type SeededRuns = {
  workspaces: { id: string; name: string }[];
  pipelines: string[];
  newest: Date;
};

const DAY_MS = 24 * 3600 * 1000;
// Mostly finished runs, as in a workspace that has been used for a while.
const STATE_WEIGHTS: Record<string, number> = {
  SUCCEEDED: 70,
  FAILED: 15,
  CANCELED: 5,
  RUNNING: 3,
  PENDING: 2,
  PAUSED: 1,
  CANCELING: 1,
  SKIPPED: 0,
};

function pick<T>(items: T[], n: number): T {
  return items[n % items.length];
}

/**
 * `count` runs over 180 days in 4 workspaces × 20 pipelines, with weighted
 * states and every trigger type, and two tasks each (the list shows
 * progress): what a busy installation has after half a year.
 */
export async function seedRuns(knex: Knex, count: number): Promise<SeededRuns> {
  const workspaces = [];
  for (const name of ['vision', 'language', 'speech', 'forecast']) {
    workspaces.push(
      await createTestWorkspace(knex, {
        name,
        members: [{ principal: 'user:default/bench', role: 'editor' }],
      }),
    );
  }
  const pipelines = Array.from({ length: 20 }, () => randomUUID());
  const weighted = RUN_STATES.flatMap(s => Array(STATE_WEIGHTS[s]).fill(s));
  const newest = new Date();
  const numbers = new Map<string, number>();
  const batch = 2000;
  for (let start = 0; start < count; start += batch) {
    const runs = [];
    const tasks = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const workspace = pick(workspaces, i);
      const pipeline = pick(pipelines, Math.floor(i / 4) * 7 + (i % 4));
      const runNumber = (numbers.get(pipeline) ?? 0) + 1;
      numbers.set(pipeline, runNumber);
      // Spread over 180 days, newest last; whole milliseconds as the API stores them.
      const createdAt = new Date(
        newest.getTime() - Math.floor(((count - i) / count) * 180 * DAY_MS),
      );
      const state = pick(weighted, (i * 7919) % 1000);
      const id = randomUUID();
      runs.push({
        id,
        workspace_id: workspace.id,
        pipeline_id: pipeline,
        pipeline_name: `pipeline-${pipelines.indexOf(pipeline)}`,
        pipeline_version: 1,
        run_number: runNumber,
        state,
        state_history: '[]',
        trigger_type: pick([...TRIGGER_TYPES], i * 31),
        initiator: `user:default/user-${i % 50}`,
        params: '{}',
        queue: 'default',
        priority: 0,
        created_at: createdAt,
        cost: (i % 100) / 10,
      });
      for (const node of ['prepare', 'train']) {
        tasks.push({
          id: randomUUID(),
          run_id: id,
          node_id: node,
          node_type: 'code.shell',
          upstream: '[]',
          downstream: '[]',
          inputs: '{}',
          outputs: '{}',
          blocked_by: 0,
          state: state === 'RUNNING' && node === 'train' ? 'PENDING' : state,
          state_history: '[]',
          executor: 'local',
          resource_profile: 'default',
          queue: 'default',
          image: 'node:24-alpine',
          command: '[]',
          env: '{}',
        });
      }
    }
    await knex('runs').insert(runs);
    await knex.batchInsert('tasks', tasks, 1000);
  }
  await knex.raw('ANALYZE runs');
  await knex.raw('ANALYZE tasks');
  return { workspaces, pipelines, newest };
}
