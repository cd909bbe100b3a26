import { LoggerService } from '@backstage/backend-plugin-api';
import { EventParams, EventsService } from '@backstage/plugin-events-node';
import {
  AI_OPS_TOPICS,
  FINAL_STATES,
  RunState,
  RunStreamEvent,
} from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { SLOT_STATES } from './queueSlots';
import { toTaskSummary } from './runRows';
import { RunStore } from './RunStore';

type Listener = (event: RunStreamEvent) => void;
type Scope = { workspace: string; runId?: string };
/** The payload of `AI_OPS_TOPICS.runChanged`. */
type RunChanged = {
  workspace: string;
  runId: string;
  taskId?: string;
  nodeId?: string;
  /** The task's queue. */
  queue?: string;
  state: string;
  /** The RunEvents instance that published it. */
  origin?: string;
};

/**
 * Whether a change may have freed a queue slot: a task left the slot states
 * (ended, or back to PENDING for a retry), or a run ended.
 */
function freesSlot(change: RunChanged): boolean {
  return change.taskId
    ? !SLOT_STATES.includes(change.state)
    : FINAL_STATES.includes(change.state as RunState);
}

/**
 * Run and task changes: each is published on the events service
 * (`AI_OPS_TOPICS.runChanged`), and this backend's SSE streams are fed only
 * from its subscription to that topic, so a change made by any replica
 * reaches every replica's streams once. The subscription id is this
 * instance's own: the events bus hands an event to one reader per id, and
 * does not hand it back to an id the publishing process already notified.
 * Summaries are only loaded while someone listens to the workspace.
 * Changes from other replicas that may free a queue slot are also handed
 * to `onSlotFreedElsewhere`, so waiting tasks here need not wait for a sweep.
 */
export class RunEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly workspaceNames = new Map<string, string>();
  /** Open streams per workspace name. */
  private readonly listeners = new Map<string, number>();
  private readonly id = randomUUID();
  private slotFreed?: (queue?: string) => void;

  constructor(
    private readonly knex: Knex,
    private readonly runs: RunStore,
    private readonly events: EventsService,
    private readonly logger: LoggerService,
  ) {}

  /** Subscribes this instance to run changes, its streams' only source. */
  async start(): Promise<void> {
    await this.events.subscribe({
      id: `run-streams-${this.id}`,
      topics: [AI_OPS_TOPICS.runChanged],
      onEvent: event => this.deliver(event),
    });
  }

  /**
   * Calls `listener` with the queue (unknown: undefined) when another
   * replica's change may have freed one of its slots; from the payload
   * alone, without reading the database.
   */
  onSlotFreedElsewhere(listener: (queue?: string) => void): void {
    this.slotFreed = listener;
  }

  subscribe(scope: Scope, listener: Listener): () => void {
    const wrapped = (event: RunStreamEvent, at: Scope) => {
      if (at.workspace !== scope.workspace) return;
      if (scope.runId && scope.runId !== at.runId) return;
      listener(event);
    };
    this.emitter.on('change', wrapped);
    this.count(scope.workspace, 1);
    return () => {
      this.emitter.off('change', wrapped);
      this.count(scope.workspace, -1);
    };
  }

  /** Publishes a run's change and its tasks' (by id); never throws. */
  changed(runId: string, taskIds: string[] = []): void {
    this.publish(runId, taskIds).catch(error =>
      this.logger.warn(`Could not report a change of run ${runId}: ${error}`),
    );
  }

  private async publish(runId: string, taskIds: string[]) {
    const run = await this.knex('runs').where({ id: runId }).first();
    if (!run) return;
    const workspace = await this.workspaceName(run.workspace_id);
    const tasks = taskIds.length
      ? await this.knex('tasks').whereIn('id', taskIds)
      : [];
    // Tasks first: the run's summary counts them.
    const changes: RunChanged[] = [
      ...tasks.map(task => ({
        workspace,
        runId,
        taskId: task.id,
        nodeId: task.node_id,
        queue: task.queue,
        state: task.state,
        origin: this.id,
      })),
      { workspace, runId, state: run.state, origin: this.id },
    ];
    for (const change of changes) {
      await this.events.publish({
        topic: AI_OPS_TOPICS.runChanged,
        eventPayload: change,
      });
    }
  }

  /**
   * Hands a change to the streams of its workspace, with current rows; the
   * rows, not the payload, say which workspace and run it belongs to.
   */
  private async deliver({ eventPayload }: EventParams) {
    const change = eventPayload as RunChanged;
    // Payloads of older replicas carry no origin: theirs, not ours.
    if (change?.origin !== this.id && change?.state && freesSlot(change)) {
      this.slotFreed?.(change.queue);
    }
    if (!this.listeners.get(change?.workspace)) return;
    const run = await this.knex('runs').where({ id: change.runId }).first();
    if (!run) return;
    const workspace = await this.workspaceName(run.workspace_id);
    const scope = { workspace, runId: run.id };
    if (change.taskId) {
      const task = await this.knex('tasks')
        .where({ id: change.taskId, run_id: run.id })
        .first();
      if (!task) return;
      const event: RunStreamEvent = {
        type: 'task',
        runId: run.id,
        task: toTaskSummary(task),
      };
      this.emitter.emit('change', event, scope);
      return;
    }
    const summary = await this.runs.summary(run, workspace);
    this.emitter.emit('change', { type: 'run', run: summary }, scope);
  }

  private count(workspace: string, by: number) {
    const next = (this.listeners.get(workspace) ?? 0) + by;
    if (next > 0) this.listeners.set(workspace, next);
    else this.listeners.delete(workspace);
  }

  private async workspaceName(id: string): Promise<string> {
    let name = this.workspaceNames.get(id);
    if (!name) {
      name = (await this.knex('workspaces').where({ id }).first('name'))
        ?.name as string;
      this.workspaceNames.set(id, name);
    }
    return name;
  }
}
