import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { FINAL_STATES, RunSummary } from '@internal/plugin-ai-ops-common';
import { ObjectStore } from '@internal/plugin-ai-ops-node';
import { Knex } from 'knex';
import { BudgetStore } from '../costs/BudgetStore';
import { PipelineStore } from '../pipelines/PipelineStore';
import {
  assertWorkspaceActive,
  WorkspaceRow,
} from '../tenancy/workspaceAccess';
import { resolveDatasetNodes, TaskDataset } from './datasetNodes';
import { DEFAULT_QUEUE, ExecutionConfig } from './executionConfig';
import { expandGraph } from './expandGraph';
import { RunStore } from './RunStore';

export type RunTrigger = {
  type: 'manual' | 'schedule' | 'event' | 'api';
  /** A user ref, or `schedule:<id>` / `event:<topic>`. */
  initiator: string;
  scheduleId?: string;
  /** The API key an `api` trigger came with. */
  apiKeyId?: string;
  event?: Record<string, unknown>;
};

export type StartRunRequest = {
  pipelineId: string;
  version?: number;
  params?: Record<string, unknown>;
  trigger: RunTrigger;
  queue?: string;
};

export interface RunLauncher {
  /** Creates a PENDING run of the pipeline's current (or given) version; refuses (ConflictError) in an archived workspace or when its budget blocks new runs. */
  start(workspace: WorkspaceRow, request: StartRunRequest): Promise<RunSummary>;
  /** Runs of this pipeline not yet finished (for max concurrency). */
  countActive(
    workspaceId: string,
    pipelineId: string,
    scheduleId?: string,
  ): Promise<number>;
}

type Row = Record<string, any>;

/**
 * Starts runs: checks the budget, reads the pipeline version through the
 * PipelineStore, expands its graph into tasks and wakes the orchestrator.
 */
export class DefaultRunLauncher implements RunLauncher {
  constructor(
    private readonly deps: {
      knex: Knex;
      pipelines: PipelineStore;
      runs: RunStore;
      budgets: BudgetStore;
      config: ExecutionConfig;
      executors: ReadonlySet<string>;
      store: ObjectStore;
      wake: () => void;
    },
  ) {}

  async start(
    workspace: WorkspaceRow,
    request: StartRunRequest,
  ): Promise<RunSummary> {
    return this.create(workspace, request);
  }

  countActive(workspaceId: string, pipelineId: string, scheduleId?: string) {
    return this.deps.runs.countActive(workspaceId, pipelineId, scheduleId);
  }

  /**
   * A new run of the same pipeline version and params. From the failed
   * task on: tasks that succeeded before are kept (SUCCEEDED, with their
   * outputs) and only the rest run.
   */
  async rerun(
    workspace: WorkspaceRow,
    previous: Row,
    actor: string,
    fromFailed: boolean,
  ): Promise<RunSummary> {
    if (fromFailed && !['FAILED', 'CANCELED'].includes(previous.state)) {
      throw new ConflictError(
        `Run ${previous.id} is ${previous.state}: only a FAILED or CANCELED run is re-run from its failed tasks`,
      );
    }
    if (!fromFailed && !FINAL_STATES.includes(previous.state)) {
      throw new ConflictError(
        `Run ${previous.id} is ${previous.state}: it has not finished`,
      );
    }
    const previousTasks = await this.deps.runs.taskRows(previous.id);
    const keep = fromFailed
      ? new Map(
          previousTasks
            .filter(t => t.state === 'SUCCEEDED')
            .map(t => [t.node_id as string, t]),
        )
      : undefined;
    // A re-run reads the dataset versions the run it repeats read.
    const pinned = new Map<string, TaskDataset>(
      previousTasks
        .filter(t => t.dataset_id)
        .map(t => [
          t.node_id,
          {
            datasetId: t.dataset_id,
            ...(t.dataset_version && { version: Number(t.dataset_version) }),
          },
        ]),
    );
    return this.create(
      workspace,
      {
        pipelineId: previous.pipeline_id,
        version: Number(previous.pipeline_version),
        params: JSON.parse(previous.params),
        trigger: { type: 'manual', initiator: actor },
        queue: previous.queue,
      },
      {
        rerunOf: previous.id,
        keep,
        keptFrom: `#${previous.run_number}`,
        pinned,
      },
    );
  }

  private async create(
    workspace: WorkspaceRow,
    request: StartRunRequest,
    rerun: {
      rerunOf?: string;
      keep?: Map<string, Row>;
      keptFrom?: string;
      pinned?: Map<string, TaskDataset>;
    } = {},
  ): Promise<RunSummary> {
    const { config, runs } = this.deps;
    // Every start passes here: manual, API key, schedule, event, re-run.
    assertWorkspaceActive(workspace);
    const blocked = await this.deps.budgets.blockOf(workspace);
    if (blocked) throw new ConflictError(blocked);
    const found = await this.deps.pipelines.getVersion(
      workspace.id,
      request.pipelineId,
      request.version,
    );
    if (!found) {
      throw new NotFoundError(
        `No pipeline ${request.pipelineId}${
          request.version ? ` version ${request.version}` : ''
        } in workspace '${workspace.name}'`,
      );
    }
    const queueName = request.queue ?? DEFAULT_QUEUE;
    const queue = config.queues.get(queueName);
    if (!queue)
      throw new InputError(`Invalid request: queue: no queue '${queueName}'`);
    const datasets = await resolveDatasetNodes(
      this.deps.knex,
      this.deps.store,
      workspace,
      found.version.graph,
      rerun.pinned,
    );
    const row = await runs.create({
      workspaceId: workspace.id,
      pipeline: found.pipeline,
      version: found.version.version,
      params: request.params ?? {},
      trigger: request.trigger,
      queue: queueName,
      priority: queue.priority,
      rerunOf: rerun.rerunOf,
      tasks: runId =>
        expandGraph(found.version.graph, {
          runId,
          workspace: workspace.name,
          queue: queueName,
          config,
          executors: this.deps.executors,
          store: this.deps.store,
          now: new Date(),
          params: request.params ?? {},
          keep: rerun.keep,
          keptFrom: rerun.keptFrom,
          datasets,
        }),
    });
    this.deps.wake();
    return runs.summary(row, workspace.name);
  }
}
