import { NotFoundError } from '@backstage/errors';
import {
  AuditEntry,
  AuditQuery,
  AuditSettings,
  AuditStats,
  DecisionRecord,
  Page,
} from '@internal/plugin-authz-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { toCount } from '../database/columnValues';
import { ChangeInput, ChangeRecorder } from './ChangeRecorder';
import { AuditFilter, applyAuditFilter } from './auditFilter';
import {
  AuditRow,
  changeToRow,
  decisionToRow,
  entriesTable,
  rowToEntry,
} from './auditRows';
import { AuditStatsQuery, computeAuditStats } from './auditStats';
import { RecentEntriesPoller } from './RecentEntriesPoller';
import {
  readAuditSettings,
  seedAuditSettings,
  writeAuditSettings,
} from './auditSettings';

export type AuditListener = (entry: AuditEntry) => void;

const insertChunkSize = 500;
const iterateChunkSize = 1000;
const dayMs = 86_400_000;

/**
 * The audit log: decisions and changes, newest first. Listeners (the live
 * stream) hear about an entry once it is committed: at once when this
 * process wrote it, within a second when another replica did.
 */
export class AuditStore implements ChangeRecorder {
  private readonly listeners = new Set<AuditListener>();
  private readonly poller: RecentEntriesPoller;

  constructor(
    private readonly knex: Knex,
    pollerOptions: { intervalMs?: number; windowMs?: number } = {},
  ) {
    this.poller = new RecentEntriesPoller({
      ...pollerOptions,
      fetchSince: sinceMs => this.entriesSince(sinceMs),
      onEntry: entry => {
        for (const listener of this.listeners) listener(entry);
      },
    });
  }

  /** In the caller's transaction; announced only if that one commits. */
  async recordChange(trx: Knex.Transaction, change: ChangeInput) {
    const row = changeToRow({
      ...change,
      id: randomUUID(),
      time: new Date().toISOString(),
    });
    await trx(entriesTable).insert(row);
    this.announceWhenCommitted(trx, row.id);
  }

  /** In its own transaction, for events that are not part of our writes. */
  async recordChangeNow(change: ChangeInput): Promise<AuditEntry> {
    const row = changeToRow({
      ...change,
      id: randomUUID(),
      time: new Date().toISOString(),
    });
    await this.knex.transaction(trx => trx(entriesTable).insert(row));
    const entry = rowToEntry(row);
    this.announce([entry]);
    return entry;
  }

  /**
   * Stores a batch in one transaction. A record whose id is already stored
   * is skipped, so that a sender may safely retry a batch.
   */
  async recordDecisions(records: DecisionRecord[]): Promise<number> {
    const rows = records.map(decisionToRow);
    const inserted = new Set<string>();
    await this.knex.transaction(async trx => {
      for (let i = 0; i < rows.length; i += insertChunkSize) {
        const ids: Array<{ id: string }> = await trx(entriesTable)
          .insert(rows.slice(i, i + insertChunkSize))
          .onConflict('id')
          .ignore()
          .returning('id');
        ids.forEach(({ id }) => inserted.add(id));
      }
    });
    this.announce(
      rows.filter(row => inserted.has(row.id)).map(row => rowToEntry(row)),
    );
    return inserted.size;
  }

  async query(query: AuditQuery): Promise<Page<AuditEntry>> {
    const { offset, limit, ...filter } = query;
    const filtered = applyAuditFilter(this.knex(entriesTable), filter);
    const [counted] = await filtered.clone().count({ count: '*' });
    const rows: AuditRow[] = await filtered
      .select('*')
      .orderBy([
        { column: 'time_ms', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .offset(offset)
      .limit(limit);
    return { items: rows.map(rowToEntry), totalCount: toCount(counted?.count) };
  }

  /**
   * Every matching entry, newest first, in chunks (for exports). Pages by
   * (time, id) rather than offset so that each chunk is an index range.
   */
  async *iterate(
    filter: AuditFilter,
    maxEntries: number,
  ): AsyncGenerator<AuditEntry[]> {
    let last: AuditRow | undefined;
    let remaining = maxEntries;
    while (remaining > 0) {
      const query = applyAuditFilter(this.knex(entriesTable), filter);
      if (last) {
        const { time_ms: lastTime, id: lastId } = last;
        query.where(after =>
          after
            .where('time_ms', '<', lastTime)
            .orWhere(tie =>
              tie.where('time_ms', lastTime).where('id', '<', lastId),
            ),
        );
      }
      const rows: AuditRow[] = await query
        .select('*')
        .orderBy([
          { column: 'time_ms', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(Math.min(iterateChunkSize, remaining));
      if (rows.length === 0) return;
      yield rows.map(rowToEntry);
      remaining -= rows.length;
      last = rows[rows.length - 1];
    }
  }

  async get(id: string): Promise<AuditEntry> {
    const row: AuditRow | undefined = await this.knex(entriesTable)
      .where('id', id)
      .first();
    if (!row) throw new NotFoundError(`Audit entry ${id} not found`);
    return rowToEntry(row);
  }

  async stats(query: AuditStatsQuery): Promise<AuditStats> {
    return computeAuditStats(this.knex, query);
  }

  async settings(): Promise<AuditSettings> {
    return readAuditSettings(this.knex);
  }

  /** Seeds the settings from config unless they are stored already. */
  async seedSettings(settings: AuditSettings): Promise<void> {
    await seedAuditSettings(this.knex, settings);
  }

  /** Saves and records the change (`authz.audit.configure`) together. */
  async updateSettings(
    settings: AuditSettings,
    actor: string,
  ): Promise<AuditSettings> {
    await this.knex.transaction(async trx => {
      const before = await readAuditSettings(trx);
      await writeAuditSettings(trx, settings);
      await this.recordChange(trx, {
        actor,
        action: 'authz.audit.configure',
        targetKind: 'audit-settings',
        targetRef: 'authz.audit',
        result: 'succeeded',
        before,
        after: settings,
        pluginId: 'authz',
      });
    });
    return settings;
  }

  /** Deletes entries older than `days` days; returns how many. */
  async purgeOlderThan(days: number, now = Date.now()): Promise<number> {
    return this.knex.transaction(trx =>
      trx(entriesTable)
        .where('time_ms', '<', now - days * dayMs)
        .delete(),
    );
  }

  subscribe(listener: AuditListener): () => void {
    this.listeners.add(listener);
    this.poller.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.poller.stop();
    };
  }

  private announce(entries: AuditEntry[]) {
    if (this.listeners.size === 0) return;
    for (const entry of entries) this.poller.offer(entry);
  }

  private async entriesSince(sinceMs: number): Promise<AuditEntry[]> {
    const rows: AuditRow[] = await this.knex(entriesTable)
      .where('time_ms', '>=', sinceMs)
      .orderBy('time_ms', 'desc')
      .limit(iterateChunkSize);
    return rows.map(rowToEntry);
  }

  /**
   * The caller's transaction may still roll back, also without an error (then
   * knex resolves it all the same), so the row is read back once the
   * outermost transaction is over and announced only if it is there.
   */
  private announceWhenCommitted(trx: Knex.Transaction, id: string) {
    let outermost = trx;
    while (outermost.parentTransaction) outermost = outermost.parentTransaction;
    outermost.executionPromise
      .then(() => this.knex(entriesTable).where('id', id).first())
      .then(
        (row: AuditRow | undefined) => row && this.announce([rowToEntry(row)]),
        () => undefined,
      );
  }
}
