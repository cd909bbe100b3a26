import { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import {
  NO_USAGE,
  ObjectStore,
  TaskExecutor,
  TaskOutcome,
} from '@internal/plugin-ai-ops-node';
import { Knex } from 'knex';
import { objectKeys } from '../storage/objectKeys';
import { ExecutionConfig, profileOf } from './executionConfig';
import { LogWriter } from './LogWriter';
import { RunEvents } from './RunEvents';
import { moveIntoQueueSlot } from './queueSlots';
import { taskLaunchOf } from './taskLaunchOf';

type Row = Record<string, any>;

export type Settle = (
  runId: string,
  taskId: string,
  attempt: number,
  outcome: TaskOutcome,
) => Promise<void>;

type InFlight = {
  executor: TaskExecutor;
  attemptId: string;
  timedOut?: boolean;
};

/** The orchestrator's grace beyond a task's timeout before it steps in. */
const TIMEOUT_GRACE_MS = 60_000;

/**
 * The attempts this backend has handed to executors: it starts them (task
 * RUNNING, log writer, timeout guard), counts them per executor, cancels
 * them, and passes each outcome on exactly once.
 */
export class AttemptRunner {
  private readonly inFlight = new Map<string, InFlight>();
  private readonly running = new Map<string, number>();
  private readonly guards = new Set<NodeJS.Timeout>();

  constructor(
    private readonly deps: {
      knex: Knex;
      store: ObjectStore;
      logger: LoggerService;
      config: ExecutionConfig;
      events: RunEvents;
      workerId: string;
      settle: Settle;
    },
  ) {}

  hasRoom(executor: TaskExecutor): boolean {
    return (this.running.get(executor.id) ?? 0) < executor.maxParallel;
  }

  /**
   * Takes a slot of the task's queue (at most `maxConcurrency` across
   * replicas), moves the task to RUNNING and hands its next attempt over:
   * `full` when the queue has no free slot, `lost` when another move won.
   */
  async launch(
    task: Row,
    executor: TaskExecutor,
    maxConcurrency: number,
  ): Promise<'launched' | 'full' | 'lost'> {
    const { knex, store, logger, config } = this.deps;
    const attempt = Number(task.attempt) + 1;
    const logKey = objectKeys.taskLog(
      task.workspace,
      task.run_id,
      task.node_id,
      attempt,
    );
    let moved: Row | 'full';
    try {
      moved = await moveIntoQueueSlot(knex, task, maxConcurrency, {
        by: 'system',
        reason: attempt > 1 ? `Attempt ${attempt}` : undefined,
        patch: {
          attempt,
          worker_id: this.deps.workerId,
          started_at: new Date(),
          finished_at: null,
          next_attempt_at: null,
          executor_ref: null,
          log_uri: store.uriFor(logKey),
        },
      });
    } catch (error) {
      if (error instanceof ConflictError) return 'lost';
      throw error;
    }
    if (moved === 'full') return 'full';
    this.running.set(executor.id, (this.running.get(executor.id) ?? 0) + 1);
    this.deps.events.changed(task.run_id, [task.id]);
    const profile = profileOf(config, task.resource_profile);
    const launch = await taskLaunchOf(knex, moved, task.workspace, profile);
    const flight: InFlight = { executor, attemptId: launch.attemptId };
    this.inFlight.set(task.id, flight);
    const log = new LogWriter(store, logKey, logger);
    if (launch.timeoutSeconds)
      this.guardTimeout(task.id, flight, launch.timeoutSeconds);

    const finished = async (outcome: TaskOutcome) => {
      if (this.inFlight.get(task.id) !== flight) return;
      this.inFlight.delete(task.id);
      this.running.set(executor.id, this.running.get(executor.id)! - 1);
      await log.close();
      const final: TaskOutcome =
        flight.timedOut && outcome.state === 'CANCELED'
          ? {
              ...outcome,
              state: 'FAILED',
              errorCode: 'timeout',
              errorMessage: `Timed out after ${launch.timeoutSeconds} s`,
            }
          : outcome;
      await this.deps.settle(task.run_id, task.id, attempt, final);
    };
    const report = (outcome: TaskOutcome) =>
      finished(outcome).catch(error =>
        logger.error(`Could not settle ${launch.attemptId}: ${error}`),
      );
    executor
      .launch(launch, {
        started: ref => {
          knex('tasks')
            .where({ id: task.id, attempt })
            .update({ executor_ref: ref })
            .catch(error => logger.warn(`Could not record ${ref}: ${error}`));
        },
        log: chunk => log.write(chunk),
        finished: report,
      })
      .catch(error =>
        report({
          state: 'FAILED',
          errorCode: 'runtime',
          errorMessage: `Could not launch: ${error}`,
          usage: NO_USAGE,
        }),
      );
    return 'launched';
  }

  /** Ends the attempts of these tasks, where they run here. */
  cancel(taskIds: string[]): void {
    for (const id of taskIds) {
      const flight = this.inFlight.get(id);
      flight?.executor
        .cancel(flight.attemptId)
        .catch(error =>
          this.deps.logger.warn(
            `Could not cancel ${flight.attemptId}: ${error}`,
          ),
        );
    }
  }

  /** Ends every attempt and forgets them: their outcomes are not passed on. */
  async abandonAll(): Promise<void> {
    this.guards.forEach(clearTimeout);
    const flights = [...this.inFlight.values()];
    this.inFlight.clear();
    for (const flight of flights) {
      await flight.executor.cancel(flight.attemptId).catch(() => undefined);
    }
  }

  /** Executors end attempts at their timeout; this steps in if one does not. */
  private guardTimeout(
    taskId: string,
    flight: InFlight,
    timeoutSeconds: number,
  ) {
    const guard = setTimeout(() => {
      this.guards.delete(guard);
      if (this.inFlight.get(taskId) !== flight) return;
      flight.timedOut = true;
      this.cancel([taskId]);
    }, timeoutSeconds * 1000 + TIMEOUT_GRACE_MS);
    guard.unref();
    this.guards.add(guard);
  }
}
