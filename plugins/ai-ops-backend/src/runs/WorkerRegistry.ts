import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { ACTIVE_RUN_STATES } from './runTransitions';

type Row = Record<string, any>;

const pidIsAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * The backends driving runs (`execution_workers`): each heartbeats; one
 * whose heartbeat is older than the timeout, or whose process on this host
 * is gone, is dead, and its runs are adopted by a live one.
 */
export class WorkerRegistry {
  readonly id = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(
    private readonly knex: Knex,
    private readonly timeoutSeconds: number,
  ) {}

  async register(): Promise<void> {
    const now = new Date();
    await this.knex('execution_workers').insert({
      id: this.id,
      started_at: now,
      heartbeat_at: now,
    });
  }

  async heartbeat(): Promise<void> {
    const updated = await this.knex('execution_workers')
      .where({ id: this.id })
      .update({ heartbeat_at: new Date() });
    // Declared dead by another backend after a long pause: come back.
    if (updated === 0) await this.register();
  }

  async unregister(): Promise<void> {
    await this.knex('execution_workers').where({ id: this.id }).delete();
  }

  /** Forgets dead workers; returns the ids of the live ones. */
  async liveWorkers(): Promise<Set<string>> {
    const staleBefore = new Date(Date.now() - this.timeoutSeconds * 1000);
    const workers: Row[] = await this.knex('execution_workers');
    const dead = workers.filter(w => {
      if (w.id === this.id) return false;
      const [host, pid] = String(w.id).split(':');
      return (
        new Date(w.heartbeat_at) < staleBefore ||
        (host === os.hostname() && !pidIsAlive(Number(pid)))
      );
    });
    if (dead.length) {
      await this.knex('execution_workers')
        .whereIn(
          'id',
          dead.map(w => w.id),
        )
        .delete();
    }
    return new Set(
      workers.filter(w => !dead.includes(w)).map(w => w.id as string),
    );
  }

  /** Takes over unfinished runs that no live worker drives. */
  async adoptOrphanRuns(live: Set<string>): Promise<void> {
    const orphans: Row[] = await this.knex('runs')
      .whereIn('state', ACTIVE_RUN_STATES)
      .where(q =>
        q.whereNull('worker_id').orWhereNotIn('worker_id', [...live, this.id]),
      )
      .select('id', 'worker_id');
    for (const orphan of orphans) {
      // Only one backend wins a run: the update checks who held it.
      await this.knex('runs')
        .where({ id: orphan.id })
        .where(q =>
          orphan.worker_id === null
            ? q.whereNull('worker_id')
            : q.where('worker_id', orphan.worker_id),
        )
        .update({ worker_id: this.id });
    }
  }

  /**
   * Attempts of this worker's runs that no live worker watches any more:
   * their backend died with them.
   */
  async lostAttempts(live: Set<string>): Promise<Row[]> {
    return this.knex('tasks as t')
      .join('runs as r', 'r.id', 't.run_id')
      .where('r.worker_id', this.id)
      .whereIn('t.state', ['RUNNING', 'CANCELING'])
      .where(q =>
        q
          .whereNull('t.worker_id')
          .orWhereNotIn('t.worker_id', [...live, this.id]),
      )
      .select('t.*');
  }
}
