import { AuditEntry } from '@internal/plugin-authz-common';

export type RecentEntriesPollerOptions = {
  /** Entries newer than `sinceMs`, any order. */
  fetchSince: (sinceMs: number) => Promise<AuditEntry[]>;
  onEntry: (entry: AuditEntry) => void;
  intervalMs?: number;
  /** How far back each poll looks; entries shipped later than this are missed live. */
  windowMs?: number;
};

/**
 * Finds entries that other replicas stored (each replica stores the
 * decisions its own permission policy made), so that a live stream on any
 * replica shows them all. Runs only while someone listens; every entry is
 * passed on once, whichever way it arrived first.
 */
export class RecentEntriesPoller {
  private readonly seen = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private polling = false;

  constructor(private readonly options: RecentEntriesPollerOptions) {}

  /** Passes the entry on unless it was already; true if it was new. */
  offer(entry: AuditEntry): boolean {
    if (this.seen.has(entry.id)) return false;
    this.seen.set(entry.id, Date.parse(entry.time));
    this.options.onEntry(entry);
    return true;
  }

  start(): void {
    if (this.timer) return;
    // What is already stored when the first listener arrives is history.
    this.poll(true).catch(() => undefined);
    this.timer = setInterval(
      () => this.poll(false).catch(() => undefined),
      this.options.intervalMs ?? 1000,
    );
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async poll(silently: boolean) {
    if (this.polling) return;
    this.polling = true;
    try {
      const windowMs = this.options.windowMs ?? 15_000;
      const now = Date.now();
      const entries = await this.options.fetchSince(now - windowMs);
      entries.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
      for (const entry of entries) {
        if (silently) this.seen.set(entry.id, Date.parse(entry.time));
        else this.offer(entry);
      }
      for (const [id, time] of this.seen) {
        if (time < now - 2 * windowMs) this.seen.delete(id);
      }
    } finally {
      this.polling = false;
    }
  }
}
