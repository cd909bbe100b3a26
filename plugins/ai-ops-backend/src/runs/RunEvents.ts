import { LoggerService } from '@backstage/backend-plugin-api';
import { EventsService } from '@backstage/plugin-events-node';
import { AI_OPS_TOPICS, RunStreamEvent } from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { EventEmitter } from 'node:events';
import { toTaskSummary } from './runRows';
import { RunStore } from './RunStore';

type Listener = (event: RunStreamEvent) => void;
type Scope = { workspaceId: string; runId?: string };

/**
 * Run and task changes: each is published on the events service
 * (`AI_OPS_TOPICS.runChanged`) and handed to this backend's SSE streams,
 * which subscribe per workspace or run. Summaries are only loaded while
 * someone listens.
 */
export class RunEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly workspaceNames = new Map<string, string>();
  private listeners = 0;

  constructor(
    private readonly knex: Knex,
    private readonly runs: RunStore,
    private readonly events: EventsService,
    private readonly logger: LoggerService,
  ) {}

  subscribe(scope: Scope, listener: Listener): () => void {
    const wrapped = (event: RunStreamEvent, at: Scope) => {
      if (at.workspaceId !== scope.workspaceId) return;
      if (scope.runId && scope.runId !== at.runId) return;
      listener(event);
    };
    this.emitter.on('change', wrapped);
    this.listeners++;
    return () => {
      this.emitter.off('change', wrapped);
      this.listeners--;
    };
  }

  /** Reports a run's change and its tasks' (by id); never throws. */
  changed(runId: string, taskIds: string[] = []): void {
    this.report(runId, taskIds).catch(error =>
      this.logger.warn(`Could not report a change of run ${runId}: ${error}`),
    );
  }

  private async report(runId: string, taskIds: string[]) {
    const run = await this.knex('runs').where({ id: runId }).first();
    if (!run) return;
    const workspace = await this.workspaceName(run.workspace_id);
    const tasks = taskIds.length
      ? await this.knex('tasks').whereIn('id', taskIds)
      : [];
    for (const task of [undefined, ...tasks]) {
      await this.events.publish({
        topic: AI_OPS_TOPICS.runChanged,
        eventPayload: {
          workspace,
          runId,
          ...(task && { taskId: task.id, nodeId: task.node_id }),
          state: task ? task.state : run.state,
        },
      });
    }
    if (this.listeners === 0) return;
    const scope = { workspaceId: run.workspace_id, runId };
    for (const task of tasks) {
      this.emitter.emit(
        'change',
        { type: 'task', runId, task: toTaskSummary(task) },
        scope,
      );
    }
    this.emitter.emit(
      'change',
      { type: 'run', run: await this.runs.summary(run, workspace) },
      scope,
    );
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
