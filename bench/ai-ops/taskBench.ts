import {
  TaskExecutor,
  TaskLaunch,
  TaskObserver,
} from '@internal/plugin-ai-ops-node';
import { Knex } from 'knex';
import { createTestWorkspace } from '../../plugins/ai-ops-backend/src/__testUtils__/testContext';
import { benchContext } from './benchContext';
import { applyDatabaseMigrations } from '../../plugins/ai-ops-backend/src/database/migrations';
import { LocalTaskExecutor } from '../../plugins/ai-ops-backend/src/executors/local/LocalTaskExecutor';
import { PipelineStore } from '../../plugins/ai-ops-backend/src/pipelines/PipelineStore';
import { BudgetStore } from '../../plugins/ai-ops-backend/src/costs/BudgetStore';
import { readExecutionConfig } from '../../plugins/ai-ops-backend/src/runs/executionConfig';
import { Orchestrator } from '../../plugins/ai-ops-backend/src/runs/Orchestrator';
import { RunEvents } from '../../plugins/ai-ops-backend/src/runs/RunEvents';
import { DefaultRunLauncher } from '../../plugins/ai-ops-backend/src/runs/RunLauncher';
import { RunStore } from '../../plugins/ai-ops-backend/src/runs/RunStore';
import { latency, Latency } from '../catalog/stats';

const CHAIN = 50;

/** Wraps the local executor to learn each process's own run time. */
class TimedExecutor implements TaskExecutor {
  readonly id: string;
  readonly maxParallel: number;
  readonly wallSeconds = new Map<string, number>();
  constructor(private readonly inner: LocalTaskExecutor) {
    this.id = inner.id;
    this.maxParallel = inner.maxParallel;
  }
  launch(task: TaskLaunch, observer: TaskObserver) {
    return this.inner.launch(task, {
      ...observer,
      finished: outcome => {
        this.wallSeconds.set(task.taskId, outcome.usage.wallSeconds);
        observer.finished(outcome);
      },
    });
  }
  cancel(attemptId: string) {
    return this.inner.cancel(attemptId);
  }
}

/** The orchestrator with its events turned off: it looks for work every `pollMs`. */
class PollingOrchestrator extends Orchestrator {
  private poller?: NodeJS.Timeout;
  pollMs = 100;
  kick(): void {}
  async start() {
    await super.start();
    this.poller = setInterval(() => super.kick(), this.pollMs);
  }
  async shutdown() {
    clearInterval(this.poller);
    await super.shutdown();
  }
}

/**
 * `tasks` short tasks (`sh -c true`, a process each) through the
 * orchestrator and the local executor, as chains of 50 run one after the
 * other. A task's overhead is the time from being ready (its upstream
 * finished, or its run created) to being recorded finished, minus its
 * process's own run time.
 */
export async function benchTaskOverhead(
  knex: Knex,
  tasks: number,
  polling: boolean,
): Promise<Latency & { totalS: number }> {
  await applyDatabaseMigrations(knex);
  const context = benchContext(knex, {
    aiOps: { executors: { local: { maxParallel: 2 } } },
  });
  const executor = new TimedExecutor(
    LocalTaskExecutor.fromConfig(
      context.config,
      context.logger,
      context.objectStore,
    ),
  );
  context.executors.set(executor.id, executor);
  const config = readExecutionConfig(context.config);
  const runs = new RunStore(knex);
  const OrchestratorClass = polling ? PollingOrchestrator : Orchestrator;
  const orchestrator = new OrchestratorClass({
    knex,
    logger: context.logger,
    config,
    executors: context.executors,
    store: context.objectStore,
    events: new RunEvents(knex, runs, context.events, context.logger),
  });
  await orchestrator.start();
  const launcher = new DefaultRunLauncher({
    knex,
    pipelines: new PipelineStore(knex),
    runs,
    budgets: new BudgetStore(knex),
    config,
    executors: new Set(context.executors.keys()),
    store: context.objectStore,
    wake: () => orchestrator.kick(),
  });
  const workspace = await createTestWorkspace(knex, {
    name: polling ? 'polling' : 'events',
  });
  const nodes = Array.from({ length: CHAIN }, (_, i) => ({
    id: `t${i}`,
    type: 'code.shell',
    typeVersion: 1,
    config: { script: 'true' },
  }));
  const edges = nodes.slice(1).map((node, i) => ({
    from: { node: nodes[i].id, output: 'out' },
    to: { node: node.id, input: 'in' },
  }));
  const pipeline = await new PipelineStore(knex).create(
    workspace,
    {
      name: 'chain',
      title: 'Chain',
      domain: 'time-series',
      tags: [],
      owner: 'group:default/bench',
      graph: { nodes, edges },
      message: 'bench',
    },
    'user:default/bench',
  );
  const overheads: number[] = [];
  const started = Date.now();
  try {
    for (let done = 0; done < tasks; done += CHAIN) {
      const run = await launcher.start(workspace, {
        pipelineId: pipeline.id,
        trigger: { type: 'api', initiator: 'user:default/bench' },
      });
      let row;
      do {
        await new Promise(r => setTimeout(r, 20));
        row = await knex('runs').where({ id: run.id }).first();
      } while (!['SUCCEEDED', 'FAILED', 'CANCELED'].includes(row.state));
      if (row.state !== 'SUCCEEDED')
        throw new Error(`Run ${run.id} ${row.state}: ${row.error_message}`);
      const byNode = new Map(
        (await knex('tasks').where({ run_id: run.id })).map(t => [
          t.node_id,
          t,
        ]),
      );
      let readyAt = new Date(row.created_at).getTime();
      for (const node of nodes) {
        const task = byNode.get(node.id)!;
        const finishedAt = new Date(task.finished_at).getTime();
        overheads.push(
          finishedAt - readyAt - executor.wallSeconds.get(task.id)! * 1000,
        );
        readyAt = finishedAt;
      }
    }
  } finally {
    await orchestrator.shutdown();
  }
  const totalS = (Date.now() - started) / 1000;
  return {
    ...latency(
      polling ? 'polling every 100 ms' : 'event-driven orchestrator',
      overheads,
    ),
    totalS,
  };
}
