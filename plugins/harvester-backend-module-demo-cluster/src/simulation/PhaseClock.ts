const FORGET_AFTER_MS = 10 * 60_000;

/**
 * How long the simulation has seen an object in a phase, so transitions
 * take simulated time (Scheduling → Running after a second) without
 * writing timers into the objects. Entries not asked about for ten minutes
 * are forgotten.
 */
export class PhaseClock {
  private readonly entries = new Map<
    string,
    { phase: string; since: number; touched: number }
  >();

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds since `key` was first seen in `phase` (0 the first time). */
  elapsed(key: string, phase: string): number {
    const now = this.now();
    const entry = this.entries.get(key);
    if (!entry || entry.phase !== phase) {
      this.entries.set(key, { phase, since: now, touched: now });
      return 0;
    }
    entry.touched = now;
    return now - entry.since;
  }

  prune(): void {
    const cutoff = this.now() - FORGET_AFTER_MS;
    for (const [key, entry] of this.entries) {
      if (entry.touched < cutoff) this.entries.delete(key);
    }
  }
}
