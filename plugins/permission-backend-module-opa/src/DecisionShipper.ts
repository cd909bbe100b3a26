import { LoggerService } from '@backstage/backend-plugin-api';
import { DecisionRecord } from '@internal/plugin-authz-common';

export type DecisionShipperOptions = {
  send: (batch: DecisionRecord[]) => Promise<void>;
  logger: LoggerService;
  flushIntervalMs?: number;
  maxBatch?: number;
  /** Beyond this many waiting records the oldest are dropped (and counted). */
  maxQueue?: number;
};

/**
 * Collects decision records and sends them in batches, so that logging never
 * slows a decision down. A failed send keeps the batch and retries with
 * exponential backoff; the audit API ignores ids it already has.
 */
export class DecisionShipper {
  private queue: DecisionRecord[] = [];
  private timer?: NodeJS.Timeout;
  private sending = false;
  private failures = 0;
  private dropped = 0;

  constructor(private readonly options: DecisionShipperOptions) {}

  add(record: DecisionRecord): void {
    this.queue.push(record);
    const maxQueue = this.options.maxQueue ?? 20_000;
    if (this.queue.length > maxQueue) {
      this.dropped += this.queue.length - maxQueue;
      this.queue.splice(0, this.queue.length - maxQueue);
    }
    this.schedule();
  }

  /** Sends everything waiting now (used at shutdown and by tests). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.sending) return;
    this.sending = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.slice(0, this.options.maxBatch ?? 500);
        await this.options.send(batch);
        this.queue.splice(0, batch.length);
        this.failures = 0;
      }
      if (this.dropped > 0) {
        this.options.logger.warn(
          `Dropped ${this.dropped} decision records: the audit API was unreachable too long`,
        );
        this.dropped = 0;
      }
    } catch (error) {
      this.failures++;
      this.options.logger.warn(
        `Could not ship ${this.queue.length} decision records, retrying: ${error}`,
      );
    } finally {
      this.sending = false;
    }
    if (this.queue.length > 0) this.schedule();
  }

  private schedule() {
    if (this.timer) return;
    const base = this.options.flushIntervalMs ?? 1000;
    const delay = Math.min(base * 2 ** this.failures, 60_000);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush().catch(() => {});
    }, delay);
    this.timer.unref();
  }
}
