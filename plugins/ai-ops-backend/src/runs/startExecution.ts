import express from 'express';
import Router from 'express-promise-router';
import { BudgetStore } from '../costs/BudgetStore';
import { budgetAlerter } from '../costs/budgetAlerts';
import { createCostRoutes } from '../costs/costRoutes';
import { PipelineStore } from '../pipelines/PipelineStore';
import { AiOpsContext } from '../service/AiOpsContext';
import { readExecutionConfig } from './executionConfig';
import { createExecutionConfigRoutes } from './executionConfigRoutes';
import { withDatasetStaging } from './DatasetStagingExecutor';
import { Orchestrator } from './Orchestrator';
import { RunControl } from './RunControl';
import { RunEvents } from './RunEvents';
import { DefaultRunLauncher } from './RunLauncher';
import { RunLineageRecorder } from './runLineage';
import { createRunLineageRoutes } from './runLineageRoutes';
import { createRunOutputRoutes } from './runOutputRoutes';
import { createRunRoutes } from './runRoutes';
import { createRunStreamRoutes } from './runStreamRoutes';
import { RunStore } from './RunStore';

export type Execution = {
  router: express.Router;
  /** What schedules and triggers start runs through (a `RunLauncher`). */
  launcher: DefaultRunLauncher;
  /** The engine, for tests and benchmarks that drive it directly. */
  orchestrator: Orchestrator;
};

/**
 * Runs, tasks, executors, cost: starts the orchestrator (it recovers runs
 * a dead backend left behind), stops it with the backend, and returns the
 * routes and the launcher schedules start runs through.
 */
export async function startExecution(
  context: AiOpsContext,
): Promise<Execution> {
  const { knex, logger } = context;
  const config = readExecutionConfig(context.config);
  const runs = new RunStore(knex);
  const budgets = new BudgetStore(knex);
  const events = new RunEvents(knex, runs, context.events, logger);
  await events.start();
  const orchestrator = new Orchestrator({
    knex,
    logger,
    config,
    executors: withDatasetStaging(context),
    store: context.objectStore,
    events,
    lineage: new RunLineageRecorder(context),
    onCost: budgetAlerter({
      budgets,
      auditor: context.auditor,
      events: context.events,
      logger,
    }),
  });
  events.onSlotFreedElsewhere(queue => orchestrator.slotFreedElsewhere(queue));
  const launcher = new DefaultRunLauncher({
    knex,
    pipelines: new PipelineStore(knex),
    runs,
    budgets,
    config,
    executors: new Set(context.executors.keys()),
    store: context.objectStore,
    wake: () => orchestrator.kick(),
  });
  const control = new RunControl(knex, orchestrator, events);

  await orchestrator.start();
  context.lifecycle.addShutdownHook(() => orchestrator.shutdown());

  const router = Router();
  // The streams' paths come before `/runs/:runId`.
  router.use(createRunStreamRoutes(context, runs, events));
  router.use(createRunRoutes(context, { runs, launcher, control }));
  router.use(createRunOutputRoutes(context, runs));
  router.use(createRunLineageRoutes(context, runs));
  router.use(createCostRoutes(context, budgets, config));
  router.use(createExecutionConfigRoutes(context, config));
  return { router, launcher, orchestrator };
}
