import { ConflictError, NotFoundError } from '@backstage/errors';
import { FINAL_STATES, RunState } from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { Orchestrator } from './Orchestrator';
import { RunEvents } from './RunEvents';
import { finishRunIfDone } from './runCompletion';
import { lockingRead, lockRow, moveRow } from './stateWrites';

type Row = Record<string, any>;
type Actor = { by: string; reason?: string };

/**
 * Stop, pause and resume, from any backend: the database is changed here,
 * and the backend driving the run acts on it (at once when that is this
 * one, otherwise on its next sweep).
 */
export class RunControl {
  constructor(
    private readonly knex: Knex,
    private readonly orchestrator: Orchestrator,
    private readonly events: RunEvents,
  ) {}

  /**
   * CANCELING: tasks not started are CANCELED, running attempts are asked
   * to end; the run is CANCELED once the executors confirm.
   */
  async stop(workspaceId: string, runId: string, actor: Actor): Promise<Row> {
    const { run, canceling, changed } = await this.knex.transaction(
      async trx => {
        let row = await this.lock(trx, workspaceId, runId);
        if (row.state === 'CANCELING')
          return { run: row, canceling: [], changed: [] };
        this.refuseFinal(row, 'stopped');
        row = await moveRow(trx, 'run', row, 'CANCELING', actor);
        // Locked: the orchestrator cannot start one of them meanwhile.
        const tasks: Row[] = await lockingRead(
          trx,
          trx('tasks')
            .where({ run_id: runId })
            .whereIn('state', ['PENDING', 'RUNNING']),
        );
        const moved: Row[] = [];
        for (const task of tasks) {
          const to: RunState =
            task.state === 'PENDING' ? 'CANCELED' : 'CANCELING';
          moved.push(
            await moveRow(trx, 'task', task, to, {
              ...actor,
              patch: to === 'CANCELED' ? { finished_at: new Date() } : {},
            }),
          );
        }
        row = await finishRunIfDone(trx, row);
        return {
          run: row,
          canceling: moved
            .filter(t => t.state === 'CANCELING')
            .map(t => t.id as string),
          changed: moved.map(t => t.id as string),
        };
      },
    );
    this.orchestrator.cancelAttempts(canceling);
    this.events.changed(runId, changed);
    return run;
  }

  /** No new tasks start; the running ones finish. */
  async pause(workspaceId: string, runId: string, actor: Actor): Promise<Row> {
    return this.move(workspaceId, runId, 'PAUSED', actor, 'paused');
  }

  async resume(workspaceId: string, runId: string, actor: Actor): Promise<Row> {
    const run = await this.move(
      workspaceId,
      runId,
      'RUNNING',
      actor,
      'resumed',
    );
    this.orchestrator.kick();
    return run;
  }

  private async move(
    workspaceId: string,
    runId: string,
    to: RunState,
    actor: Actor,
    verb: string,
  ): Promise<Row> {
    const run = await this.transaction(async trx => {
      const row = await this.lock(trx, workspaceId, runId);
      this.refuseFinal(row, verb);
      if (to === 'RUNNING' && row.state !== 'PAUSED') {
        throw new ConflictError(
          `Run ${runId} is ${row.state}, not PAUSED: it cannot be resumed`,
        );
      }
      if (to === 'PAUSED' && row.state !== 'RUNNING') {
        throw new ConflictError(
          `Run ${runId} is ${row.state}, not RUNNING: it cannot be paused`,
        );
      }
      return moveRow(trx, 'run', row, to, actor);
    });
    this.events.changed(runId);
    return run;
  }

  /**
   * The orchestrator may move a task meanwhile (a conditional write then
   * reports a conflict): the change is tried again on what is there now.
   */
  private async transaction<T>(
    work: (trx: Knex.Transaction) => Promise<T>,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.knex.transaction(work);
      } catch (error) {
        if (
          !(error instanceof ConflictError) ||
          attempt >= 3 ||
          !/changed meanwhile/.test(error.message)
        ) {
          throw error;
        }
      }
    }
  }

  private async lock(
    trx: Knex.Transaction,
    workspaceId: string,
    runId: string,
  ) {
    const row = await lockRow(trx, 'runs', runId);
    if (!row || row.workspace_id !== workspaceId) {
      throw new NotFoundError(`No run ${runId} in this workspace`);
    }
    return row;
  }

  private refuseFinal(row: Row, verb: string) {
    if (FINAL_STATES.includes(row.state)) {
      throw new ConflictError(
        `Run ${row.id} is ${row.state}: it cannot be ${verb}`,
      );
    }
  }
}
