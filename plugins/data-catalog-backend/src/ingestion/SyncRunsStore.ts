import { isDatabaseConflictError } from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  ConnectionStep,
  SyncRun,
  SyncStats,
  SyncStatus,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { parseJson, toIso } from '../assets/dbValues';

type SyncRunRow = {
  id: string;
  source_id: string;
  trigger: SyncRun['trigger'];
  initiator: string | null;
  status: SyncStatus;
  started_at: Date | string | number;
  finished_at: Date | string | number | null;
  steps: string;
  stats: string | null;
  error: string | null;
};

function toSyncRun(row: SyncRunRow): SyncRun {
  const startedAt = toIso(row.started_at)!;
  const finishedAt = toIso(row.finished_at);
  return {
    id: row.id,
    sourceId: row.source_id,
    trigger: row.trigger,
    ...(row.initiator && { initiator: row.initiator }),
    status: row.status,
    startedAt,
    ...(finishedAt && {
      finishedAt,
      durationMs: Date.parse(finishedAt) - Date.parse(startedAt),
    }),
    steps: parseJson<ConnectionStep[]>(row.steps) ?? [],
    ...(row.stats && { stats: parseJson<SyncStats>(row.stats) }),
    ...(row.error && { error: row.error }),
  };
}

const INTERRUPTED = 'No heartbeat: the backend running this sync stopped';

/**
 * `sync_runs`: a run is inserted as `running`, beats while it works and
 * ends succeeded, failed or interrupted. The database allows one running
 * run per source; a run whose heartbeat is older than the stale timeout is
 * taken to be dead (its backend crashed) and is marked interrupted.
 */
export class SyncRunsStore {
  constructor(private readonly knex: Knex) {}

  /** Starts a run, or a 409 when the source has a live one. */
  async start(
    sourceId: string,
    options: { trigger: SyncRun['trigger']; initiator?: string },
    staleBefore: Date,
  ): Promise<SyncRun> {
    const now = new Date();
    const row: SyncRunRow = {
      id: randomUUID(),
      source_id: sourceId,
      trigger: options.trigger,
      initiator: options.initiator ?? null,
      status: 'running',
      started_at: now,
      finished_at: null,
      steps: '[]',
      stats: null,
      error: null,
    };
    try {
      await this.knex.transaction(async trx => {
        await this.interruptStale(staleBefore, trx, sourceId);
        await trx('sync_runs').insert({ ...row, heartbeat_at: now });
      });
    } catch (error) {
      if (!isDatabaseConflictError(error)) throw error;
      const running = await this.knex('sync_runs')
        .where({ source_id: sourceId, status: 'running' })
        .first();
      throw new ConflictError(
        `Source ${sourceId} is already syncing (run ${
          running?.id ?? '?'
        } since ${toIso(running?.started_at) ?? '?'})`,
      );
    }
    return toSyncRun(row);
  }

  async heartbeat(id: string): Promise<void> {
    await this.knex('sync_runs')
      .where({ id, status: 'running' })
      .update({ heartbeat_at: new Date() });
  }

  async finish(
    id: string,
    outcome: {
      status: Exclude<SyncStatus, 'running'>;
      steps: ConnectionStep[];
      stats?: SyncStats;
      error?: string;
    },
  ): Promise<SyncRun> {
    await this.knex('sync_runs')
      .where({ id })
      .update({
        status: outcome.status,
        finished_at: new Date(),
        steps: JSON.stringify(outcome.steps),
        stats: outcome.stats ? JSON.stringify(outcome.stats) : null,
        error: outcome.error ?? null,
      });
    return this.get(id);
  }

  /**
   * Marks running runs without a heartbeat since `staleBefore` interrupted
   * (of one source, or all); returns how many.
   */
  async interruptStale(
    staleBefore: Date,
    db: Knex | Knex.Transaction = this.knex,
    sourceId?: string,
  ): Promise<number> {
    const query = db('sync_runs')
      .where('status', 'running')
      .where('heartbeat_at', '<', staleBefore);
    if (sourceId) query.where('source_id', sourceId);
    return query.update({
      status: 'interrupted',
      finished_at: new Date(),
      error: INTERRUPTED,
    });
  }

  async get(id: string): Promise<SyncRun> {
    const row = await this.knex<SyncRunRow>('sync_runs').where({ id }).first();
    if (!row) throw new NotFoundError(`No sync run ${id}`);
    return toSyncRun(row);
  }

  async list(
    sourceId: string,
    page: { limit: number; offset: number },
  ): Promise<{ items: SyncRun[]; totalCount: number }> {
    const query = this.knex('sync_runs').where('source_id', sourceId);
    const [{ count }] = await query.clone().count({ count: '*' });
    const rows = await query
      .select('*')
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .offset(page.offset);
    return { items: rows.map(toSyncRun), totalCount: Number(count) };
  }

  /** The newest run of each source. */
  async latest(sourceIds: string[]): Promise<Map<string, SyncRun>> {
    if (sourceIds.length === 0) return new Map();
    const rows: SyncRunRow[] = await this.knex('sync_runs as r')
      .select('r.*')
      .whereIn('r.source_id', sourceIds)
      .where(
        'r.started_at',
        this.knex('sync_runs as newer')
          .max('newer.started_at')
          .whereRaw('newer.source_id = r.source_id'),
      )
      .orderBy('r.id');
    return new Map(rows.map(row => [row.source_id, toSyncRun(row)]));
  }

  /** Status of the newest finished run before `exceptId`; and if any ever succeeded. */
  async history(
    sourceId: string,
    exceptId: string,
  ): Promise<{ everSucceeded: boolean; lastStatus?: SyncStatus }> {
    const finished = this.knex('sync_runs')
      .where('source_id', sourceId)
      .whereNot('id', exceptId)
      .whereNot('status', 'running');
    const last = await finished
      .clone()
      .select('status')
      .orderBy('started_at', 'desc')
      .first();
    const succeeded = await finished
      .clone()
      .select('id')
      .where('status', 'succeeded')
      .first();
    return { everSucceeded: Boolean(succeeded), lastStatus: last?.status };
  }

  async isRunning(sourceId: string): Promise<boolean> {
    const row = await this.knex('sync_runs')
      .where({ source_id: sourceId, status: 'running' })
      .first();
    return Boolean(row);
  }
}
