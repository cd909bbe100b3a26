import {
  ArtifactSummary,
  ListRunsQuery,
  PipelineSummary,
  RunDetail,
  RunPage,
  RunProgress,
  RunSummary,
  StateChange,
  TaskSummary,
} from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { parseJsonColumn } from '../database/dbValues';
import { isUniqueViolation } from '../database/insertUnique';
import { ACTIVE_RUN_STATES, historyEntry } from './runTransitions';
import { decodeRunCursor, encodeRunCursor } from './runCursor';
import {
  addToProgress,
  EMPTY_PROGRESS,
  toArtifactSummary,
  toRunSummary,
  toTaskSummary,
} from './runRows';
import { RunTrigger } from './RunLauncher';

type Row = Record<string, any>;

export type NewRun = {
  workspaceId: string;
  pipeline: PipelineSummary;
  version: number;
  params: Record<string, unknown>;
  trigger: RunTrigger;
  queue: string;
  priority: number;
  rerunOf?: string;
  /** Task rows for the new run's id (see expandGraph). */
  tasks: (runId: string) => Record<string, unknown>[];
};

const TASK_INSERT_CHUNK = 50;

/** `runs`, `tasks` and `artifacts`: what the run pages read. */
export class RunStore {
  constructor(private readonly knex: Knex) {}

  /** Inserts a PENDING run with its tasks, numbered per pipeline. */
  async create(input: NewRun): Promise<Row> {
    for (let tries = 0; ; tries++) {
      try {
        return await this.knex.transaction(async trx => {
          const { max } = (await trx('runs')
            .where({ pipeline_id: input.pipeline.id })
            .max({ max: 'run_number' })
            .first()) as { max: number | null };
          const now = new Date();
          const row = {
            id: randomUUID(),
            workspace_id: input.workspaceId,
            pipeline_id: input.pipeline.id,
            pipeline_name: input.pipeline.name,
            pipeline_version: input.version,
            run_number: Number(max ?? 0) + 1,
            state: 'PENDING',
            state_history: JSON.stringify([
              historyEntry(
                'PENDING',
                now,
                `${input.trigger.type} trigger`,
                input.trigger.initiator,
              ),
            ]),
            trigger_type: input.trigger.type,
            initiator: input.trigger.initiator,
            schedule_id: input.trigger.scheduleId ?? null,
            api_key_id: input.trigger.apiKeyId ?? null,
            params: JSON.stringify(input.params),
            queue: input.queue,
            priority: input.priority,
            rerun_of: input.rerunOf ?? null,
            created_at: now,
          };
          await trx('runs').insert(row);
          await trx.batchInsert(
            'tasks',
            input.tasks(row.id) as any[],
            TASK_INSERT_CHUNK,
          );
          return row;
        });
      } catch (error) {
        // Two runs of one pipeline started at once: take the next number.
        if (tries < 5 && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  }

  async getRow(workspaceId: string, runId: string): Promise<Row | undefined> {
    return this.knex('runs')
      .where({ workspace_id: workspaceId, id: runId })
      .first();
  }

  async list(
    workspace: { id: string; name: string },
    query: ListRunsQuery,
  ): Promise<RunPage> {
    const rows = this.knex('runs')
      .where('workspace_id', workspace.id)
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(query.limit + 1);
    if (query.state) rows.whereIn('state', query.state);
    if (query.pipeline) rows.where('pipeline_id', query.pipeline);
    if (query.trigger) rows.where('trigger_type', query.trigger);
    if (query.initiator) rows.where('initiator', query.initiator);
    if (query.from) rows.where('created_at', '>=', new Date(query.from));
    if (query.to) rows.where('created_at', '<', new Date(query.to));
    if (query.cursor) {
      const cursor = decodeRunCursor(query.cursor);
      rows.whereRaw('(created_at, id) < (?, ?)', [cursor.createdAt, cursor.id]);
    }
    const found: Row[] = await rows;
    const page = found.slice(0, query.limit);
    const progress = await this.progressOf(page.map(r => r.id));
    return {
      items: page.map(r => toRunSummary(r, workspace.name, progress.get(r.id))),
      ...(found.length > query.limit && {
        nextCursor: encodeRunCursor(
          page[page.length - 1] as { created_at: unknown; id: string },
        ),
      }),
    };
  }

  async summary(row: Row, workspace: string): Promise<RunSummary> {
    const progress = await this.progressOf([row.id]);
    return toRunSummary(row, workspace, progress.get(row.id));
  }

  async detail(row: Row, workspace: string): Promise<RunDetail> {
    const tasks = await this.tasks(row.id);
    const progress = tasks.reduce<RunProgress>(
      (p, t) => addToProgress(p, t.state, 1),
      EMPTY_PROGRESS,
    );
    return {
      ...toRunSummary(row, workspace, progress),
      params: parseJsonColumn(row.params, {}),
      stateHistory: parseJsonColumn<StateChange[]>(row.state_history, []),
      tasks,
    };
  }

  async tasks(runId: string): Promise<TaskSummary[]> {
    const rows = await this.knex('tasks')
      .where({ run_id: runId })
      .orderBy('node_id');
    return rows.map(toTaskSummary);
  }

  async taskRows(runId: string): Promise<Row[]> {
    return this.knex('tasks').where({ run_id: runId });
  }

  async artifacts(runId: string): Promise<ArtifactSummary[]> {
    const rows = await this.knex('artifacts')
      .where({ run_id: runId })
      .orderBy([{ column: 'created_at' }, { column: 'name' }]);
    return rows.map(toArtifactSummary);
  }

  async artifact(
    runId: string,
    artifactId: string,
  ): Promise<ArtifactSummary | undefined> {
    const row = await this.knex('artifacts')
      .where({ run_id: runId, id: artifactId })
      .first();
    return row && toArtifactSummary(row);
  }

  async countActive(
    workspaceId: string,
    pipelineId: string,
    scheduleId?: string,
  ): Promise<number> {
    const query = this.knex('runs')
      .where({ workspace_id: workspaceId, pipeline_id: pipelineId })
      .whereIn('state', ACTIVE_RUN_STATES)
      .count({ count: '*' });
    if (scheduleId) query.where('schedule_id', scheduleId);
    const [{ count }] = await query;
    return Number(count);
  }

  private async progressOf(
    runIds: string[],
  ): Promise<Map<string, RunProgress>> {
    const progress = new Map<string, RunProgress>();
    if (runIds.length === 0) return progress;
    const counts = await this.knex('tasks')
      .whereIn('run_id', runIds)
      .groupBy('run_id', 'state')
      .select('run_id', 'state')
      .count({ count: '*' });
    for (const { run_id, state, count } of counts as Row[]) {
      progress.set(
        run_id,
        addToProgress(
          progress.get(run_id) ?? EMPTY_PROGRESS,
          state,
          Number(count),
        ),
      );
    }
    return progress;
  }
}
