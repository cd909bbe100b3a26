import type { AuditEntry } from '@internal/plugin-authz-common';
import type { AuditStreamHandlers, AuditSubscription } from './types';

export type AuditEventStreamOptions = {
  /** Sets the user cookie the stream authenticates with (EventSource cannot send headers). */
  authenticate(): Promise<void>;
  /** The stream URL with the filters in its query string. */
  streamUrl(): Promise<string>;
  openEventSource?(url: string): EventSource;
  /** Wait before a new cookie and connection after the server closed the stream. */
  retryDelayMs?: number;
};

/** `EventSource.CLOSED`, as a literal because jsdom has no EventSource. */
const CLOSED = 2;

const defaultOpen = (url: string) =>
  new EventSource(url, { withCredentials: true });

/**
 * One live subscription to `/audit/stream` (`event: entry` messages). When the
 * server ends it for good (for example an expired cookie), it fetches a fresh
 * cookie and reconnects until closed.
 */
export class AuditEventStream implements AuditSubscription {
  readonly #options: AuditEventStreamOptions;
  readonly #handlers: AuditStreamHandlers;
  #source: EventSource | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #closed = false;

  constructor(options: AuditEventStreamOptions, handlers: AuditStreamHandlers) {
    this.#options = options;
    this.#handlers = handlers;
    this.#connect();
  }

  close() {
    this.#closed = true;
    clearTimeout(this.#retryTimer);
    this.#source?.close();
    this.#handlers.onStatusChange('closed');
  }

  async #connect() {
    this.#handlers.onStatusChange('connecting');
    try {
      await this.#options.authenticate();
      const url = await this.#options.streamUrl();
      if (this.#closed) return;
      const source = (this.#options.openEventSource ?? defaultOpen)(url);
      this.#source = source;
      source.onopen = () => this.#handlers.onStatusChange('connected');
      source.addEventListener('entry', event =>
        this.#handlers.onEntry(
          JSON.parse((event as MessageEvent<string>).data) as AuditEntry,
        ),
      );
      source.onerror = () => {
        if (source.readyState === CLOSED) {
          source.close();
          this.#scheduleRetry(new Error('The audit stream was closed'));
        } else {
          // The browser reconnects on its own while the state is CONNECTING.
          this.#handlers.onStatusChange('reconnecting');
        }
      };
    } catch (error) {
      this.#scheduleRetry(error as Error);
    }
  }

  #scheduleRetry(error: Error) {
    if (this.#closed) return;
    this.#handlers.onError(error);
    this.#handlers.onStatusChange('reconnecting');
    this.#retryTimer = setTimeout(
      () => this.#connect(),
      this.#options.retryDelayMs ?? 5000,
    );
  }
}
