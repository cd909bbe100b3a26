import { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import {
  NO_USAGE,
  ObjectStore,
  TaskExecutor,
  TaskOutcome,
} from '@internal/plugin-ai-ops-node';
import { FINAL_STATES, RunState } from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { ExecutionConfig } from './executionConfig';
import { AttemptRunner } from './AttemptRunner';
import { finishRunIfDone } from './runCompletion';
import { RunLineageRecorder } from './runLineage';
import { RunEvents } from './RunEvents';
import { SLOT_STATES } from './queueSlots';
import { moveRow } from './stateWrites';
import { applyOutcome, OutcomeEffects } from './taskOutcome';
import { WorkerRegistry } from './WorkerRegistry';

type Row = Record<string, any>;

export type OrchestratorDeps = {
  knex: Knex;
  logger: LoggerService;
  config: ExecutionConfig;
  executors: Map<string, TaskExecutor>;
  store: ObjectStore;
  events: RunEvents;
  /** Called after an attempt added cost to a workspace. */
  onCost?: (workspaceId: string) => void;
  /** Records finished runs' dataset lineage (after commit, and on sweeps). */
  lineage?: RunLineageRecorder;
};

/** One dispatch for a burst of slots freed by other backends. */
const SLOT_FREED_DEBOUNCE_MS = 100;

/**
 * Drives the runs this backend owns. It is event-driven: a run starting, an
 * attempt ending, a retry falling due or a run resuming each starts a
 * dispatch at once; a slower sweep heartbeats, adopts runs of dead
 * backends, picks up work other backends asked for (stops) and catches
 * anything a lost event left behind. A slot another backend frees in a
 * queue that tasks here wait on also starts a dispatch (debounced).
 */
export class Orchestrator {
  readonly workers: WorkerRegistry;
  private readonly attempts: AttemptRunner;
  private readonly runChains = new Map<string, Promise<unknown>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private cycle?: Promise<void>;
  private again = false;
  private stopped = false;
  private sweeper?: NodeJS.Timeout;
  /** Queues that were full for ready tasks here at the last dispatch. */
  private waitingOn = new Set<string>();
  private dispatchSoon = false;

  constructor(private readonly deps: OrchestratorDeps) {
    this.workers = new WorkerRegistry(
      deps.knex,
      deps.config.workerTimeoutSeconds,
    );
    this.attempts = new AttemptRunner({
      ...deps,
      workerId: this.workers.id,
      settle: (runId, taskId, attempt, outcome) =>
        this.settle(runId, taskId, attempt, outcome),
    });
  }

  async start(): Promise<void> {
    await this.workers.register();
    await this.sweep();
    this.sweeper = setInterval(
      () =>
        this.sweep().catch(e =>
          this.deps.logger.error(`AI-Ops sweep failed: ${e}`),
        ),
      this.deps.config.sweepSeconds * 1000,
    );
  }

  /**
   * Stops driving runs; attempts in flight are ended and left RUNNING in
   * the database, so whichever backend adopts the runs retries them.
   */
  async shutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.sweeper);
    this.timers.forEach(clearTimeout);
    await this.cycle;
    await this.attempts.abandonAll();
    await this.workers.unregister();
  }

  /** Starts pending runs and dispatches ready tasks, now. */
  kick(): void {
    if (this.stopped) return;
    this.again = true;
    this.cycle ??= (async () => {
      while (this.again && !this.stopped) {
        this.again = false;
        try {
          await this.startPendingRuns();
          await this.dispatchReadyTasks();
        } catch (error) {
          this.deps.logger.error(`AI-Ops dispatch failed: ${error}`);
        }
      }
      this.cycle = undefined;
    })();
  }

  /**
   * Another backend may have freed a slot of `queue` (any queue when
   * unknown): dispatches soon if ready tasks here wait on it, or if a
   * dispatch is under way (it may have counted the slot as taken). Reads
   * no database otherwise.
   */
  slotFreedElsewhere(queue?: string): void {
    if (this.stopped || this.dispatchSoon) return;
    const waiting = queue ? this.waitingOn.has(queue) : this.waitingOn.size > 0;
    if (!waiting && !this.cycle) return;
    this.dispatchSoon = true;
    this.after(SLOT_FREED_DEBOUNCE_MS, () => {
      this.dispatchSoon = false;
      this.kick();
    });
  }

  /** Ends the attempts of tasks being canceled, if they run here. */
  cancelAttempts(taskIds: string[]): void {
    this.attempts.cancel(taskIds);
  }

  private async sweep() {
    if (this.stopped) return;
    await this.workers.heartbeat();
    const live = await this.workers.liveWorkers();
    await this.workers.adoptOrphanRuns(live);
    for (const task of await this.workers.lostAttempts(live)) {
      const executor = this.deps.executors.get(task.executor);
      await executor
        ?.cancel(`${task.run_id}/${task.node_id}/${task.attempt}`)
        .catch(() => undefined);
      await this.settle(task.run_id, task.id, Number(task.attempt), {
        state: task.state === 'CANCELING' ? 'CANCELED' : 'FAILED',
        errorCode: 'lost',
        errorMessage: 'The backend running this attempt stopped',
        usage: NO_USAGE,
      });
    }
    const canceling: Row[] = await this.deps
      .knex('tasks')
      .where({ worker_id: this.workers.id, state: 'CANCELING' })
      .select('id');
    this.cancelAttempts(canceling.map(t => t.id));
    this.kick();
    await this.deps.lineage?.sweep();
  }

  private async startPendingRuns() {
    const pending: Row[] = await this.deps.knex('runs').where({
      state: 'PENDING',
      worker_id: this.workers.id,
    });
    const unowned: Row[] = await this.deps
      .knex('runs')
      .where({ state: 'PENDING' })
      .whereNull('worker_id');
    for (const run of unowned) {
      const claimed = await this.deps
        .knex('runs')
        .where({ id: run.id, state: 'PENDING' })
        .whereNull('worker_id')
        .update({ worker_id: this.workers.id });
      if (claimed) pending.push({ ...run, worker_id: this.workers.id });
    }
    for (const run of pending) {
      await this.serial(run.id, async () => {
        const state = await this.deps.knex.transaction(async trx => {
          const moved = await moveRow(trx, 'run', run, 'RUNNING', {
            by: 'system',
            patch: { started_at: new Date() },
          });
          return (await finishRunIfDone(trx, moved)).state;
        });
        this.deps.events.changed(run.id);
        return state;
      }).catch(error => this.ignoreConflict(error));
    }
  }

  private async dispatchReadyTasks() {
    const { knex, config, executors } = this.deps;
    const now = new Date();
    const ready: Row[] = await knex('tasks as t')
      .join('runs as r', 'r.id', 't.run_id')
      .join('workspaces as w', 'w.id', 'r.workspace_id')
      .where({
        'r.worker_id': this.workers.id,
        'r.state': 'RUNNING',
        't.state': 'PENDING',
        't.blocked_by': 0,
      })
      .where(q =>
        q
          .whereNull('t.next_attempt_at')
          .orWhere('t.next_attempt_at', '<=', now),
      )
      .orderBy([
        { column: 'r.priority', order: 'desc' },
        { column: 'r.created_at' },
        { column: 't.node_id' },
      ])
      .limit(1000)
      .select('t.*', { workspace: 'w.name' });
    const waitingOn = new Set<string>();
    this.waitingOn = waitingOn;
    if (ready.length === 0) return;
    const busy = new Map<string, number>(
      (
        await knex('tasks')
          .whereIn('state', SLOT_STATES)
          .groupBy('queue')
          .select('queue')
          .count({ count: '*' })
      ).map((r: Row) => [r.queue, Number(r.count)]),
    );
    const priorityOf = (t: Row) => config.queues.get(t.queue)?.priority ?? 0;
    ready.sort((a, b) => priorityOf(b) - priorityOf(a));
    for (const task of ready) {
      const queue = config.queues.get(task.queue);
      const executor = executors.get(task.executor);
      if (!queue || !executor) {
        await this.launchFailed(
          task,
          `No queue '${task.queue}' or executor '${task.executor}' here`,
        );
        continue;
      }
      // `busy` skips full queues cheaply; the launch takes the slot for sure.
      if ((busy.get(queue.name) ?? 0) >= queue.maxConcurrency) {
        waitingOn.add(queue.name);
        continue;
      }
      if (!this.attempts.hasRoom(executor)) continue;
      const launched = await this.attempts.launch(
        task,
        executor,
        queue.maxConcurrency,
      );
      if (launched === 'launched') {
        busy.set(queue.name, (busy.get(queue.name) ?? 0) + 1);
      } else if (launched === 'full') {
        // Another backend took the last slot: lower tasks must not jump ahead.
        busy.set(queue.name, queue.maxConcurrency);
        waitingOn.add(queue.name);
      }
    }
  }

  private async launchFailed(task: Row, message: string) {
    const moved = await moveRow(this.deps.knex, 'task', task, 'RUNNING', {
      by: 'system',
      patch: { attempt: Number(task.attempt) + 1, worker_id: this.workers.id },
    }).catch(error => this.ignoreConflict(error));
    if (!moved) return;
    await this.settle(task.run_id, task.id, Number(moved.attempt), {
      state: 'FAILED',
      errorCode: 'runtime',
      errorMessage: message,
      usage: NO_USAGE,
    });
  }

  /** Applies an attempt's outcome, then reports and dispatches. */
  private async settle(
    runId: string,
    taskId: string,
    attempt: number,
    outcome: TaskOutcome,
  ) {
    if (this.stopped) return;
    const effects = await this.serial(runId, () =>
      applyOutcome(
        this.deps.knex,
        this.deps.store,
        this.deps.config,
        taskId,
        attempt,
        outcome,
      ),
    );
    if (effects) this.afterOutcome(effects);
    this.kick();
  }

  private afterOutcome(effects: OutcomeEffects) {
    this.deps.events.changed(effects.runId, effects.changedTasks);
    if (FINAL_STATES.includes(effects.runState as RunState)) {
      this.deps.lineage?.runFinished(effects.runId);
    }
    if (effects.retryAt) {
      this.after(effects.retryAt.getTime() - Date.now(), () => this.kick());
    }
    if (effects.cost > 0) this.deps.onCost?.(effects.workspaceId);
  }

  /** One change of a run at a time in this backend. */
  private serial<T>(runId: string, work: () => Promise<T>): Promise<T> {
    const before = this.runChains.get(runId) ?? Promise.resolve();
    const next = before.catch(() => undefined).then(work);
    this.runChains.set(runId, next);
    next
      .finally(() => {
        if (this.runChains.get(runId) === next) this.runChains.delete(runId);
      })
      .catch(() => undefined);
    return next;
  }

  private after(ms: number, work: () => void) {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      work();
    }, Math.max(0, ms));
    timer.unref();
    this.timers.add(timer);
  }

  private ignoreConflict(error: unknown): undefined {
    if (!(error instanceof ConflictError)) throw error;
    return undefined;
  }
}
