import { LoggerService } from '@backstage/backend-plugin-api';
import { ObjectStore } from '@internal/plugin-ai-ops-node';

/**
 * Collects a task's log chunks and appends them to its log object about
 * once a second (S3 has no append: fewer, larger writes), in order.
 */
export class LogWriter {
  private buffer = '';
  private timer?: NodeJS.Timeout;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: ObjectStore,
    private readonly key: string,
    private readonly logger: LoggerService,
    private readonly flushMs = 1000,
  ) {}

  write(chunk: string): void {
    this.buffer += chunk;
    this.timer ??= setTimeout(() => this.flush(), this.flushMs);
  }

  /** Writes what is left; resolves when everything is stored. */
  async close(): Promise<void> {
    await this.flush();
  }

  private flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const chunk = this.buffer;
    this.buffer = '';
    if (chunk) {
      this.writing = this.writing.then(() =>
        this.store.append(this.key, chunk).catch(error => {
          this.logger.warn(`Could not store log ${this.key}: ${error}`);
        }),
      );
    }
    return this.writing;
  }
}
