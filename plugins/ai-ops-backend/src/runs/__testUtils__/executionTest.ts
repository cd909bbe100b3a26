import { JsonObject } from '@backstage/types';
import {
  GraphNode,
  PipelineGraph,
  RunState,
} from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import {
  createTestContext,
  createTestWorkspace,
} from '../../__testUtils__/testContext';
import { applyDatabaseMigrations } from '../../database/migrations';
import { LocalTaskExecutor } from '../../executors/local/LocalTaskExecutor';
import { PipelineStore } from '../../pipelines/PipelineStore';
import { startExecution } from '../startExecution';

/** A `code.shell` node running `script` (POSIX sh). */
export function shellNode(
  id: string,
  script: string,
  extra: Partial<GraphNode> = {},
): GraphNode {
  return {
    id,
    type: 'code.shell',
    typeVersion: 1,
    config: { script },
    ...extra,
  };
}

/** Edges `out` → `in` between shell nodes. */
export function edges(...pairs: [string, string][]): PipelineGraph['edges'] {
  return pairs.map(([from, to]) => ({
    from: { node: from, output: 'out' },
    to: { node: to, input: 'in' },
  }));
}

/**
 * The execution engine on a migrated database with the real local
 * executor, a workspace `ml` and a helper to save pipelines; `grants` as
 * in createTestContext.
 */
export async function setUpExecution(
  knex: Knex,
  config: JsonObject = {},
  workspaceName = 'ml',
) {
  await applyDatabaseMigrations(knex);
  const test = await createTestContext(knex, { config });
  const executor = LocalTaskExecutor.fromConfig(
    test.context.config,
    test.context.logger,
    test.context.objectStore,
  );
  test.context.executors.set(executor.id, executor);
  const workspace = await createTestWorkspace(knex, {
    name: workspaceName,
    members: [{ principal: 'user:default/alice', role: 'editor' }],
  });
  const pipelines = new PipelineStore(knex);
  const execution = await startExecution(test.context);
  let count = 0;
  const pipeline = async (graph: PipelineGraph) =>
    pipelines.create(
      workspace,
      {
        name: `p${++count}`,
        title: `Pipeline ${count}`,
        domain: 'time-series',
        tags: [],
        owner: 'group:default/test-team',
        graph,
        message: 'test',
      },
      'user:default/alice',
    );

  /** Waits until the row `where` finds is in one of `states`; the row. */
  const waitForState = async (
    what: { table: 'runs' | 'tasks'; where: Record<string, string> },
    states: RunState[],
    timeoutMs: number,
  ) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const row = await knex(what.table).where(what.where).first();
      if (states.includes(row?.state)) return row;
      if (Date.now() > deadline) {
        throw new Error(
          `${what.table} ${JSON.stringify(what.where)} is ${
            row?.state
          }, not ${states.join('|')}`,
        );
      }
      await new Promise(r => setTimeout(r, 50));
    }
  };

  /** Waits until the run is in one of `states`; its row. */
  const waitForRun = (
    runId: string,
    states: RunState[] = ['SUCCEEDED', 'FAILED', 'CANCELED'],
    timeoutMs = 30_000,
  ) => waitForState({ table: 'runs', where: { id: runId } }, states, timeoutMs);

  /** Waits until the run's task of `nodeId` is in one of `states`. */
  const waitForTask = (
    runId: string,
    nodeId: string,
    states: RunState[],
    timeoutMs = 30_000,
  ) =>
    waitForState(
      { table: 'tasks', where: { run_id: runId, node_id: nodeId } },
      states,
      timeoutMs,
    );

  /** The run's tasks by node id. */
  const tasksOf = async (runId: string) =>
    Object.fromEntries(
      (await knex('tasks').where({ run_id: runId })).map(t => [t.node_id, t]),
    ) as Record<string, Record<string, any>>;

  const stop = () => execution.orchestrator.shutdown();
  return {
    ...test,
    knex,
    workspace,
    execution,
    pipeline,
    waitForRun,
    waitForTask,
    tasksOf,
    executor,
    stop,
  };
}

/** Starts the pipeline by hand as alice; the run's row once it ended. */
export async function runToEnd(
  t: Awaited<ReturnType<typeof setUpExecution>>,
  pipelineId: string,
) {
  const started = await t.execution.launcher.start(t.workspace, {
    pipelineId,
    trigger: { type: 'manual', initiator: 'user:default/alice' },
  });
  return t.waitForRun(started.id);
}
