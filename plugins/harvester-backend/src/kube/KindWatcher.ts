import { LoggerService } from '@backstage/backend-plugin-api';
import { ClusterClient } from './ClusterClient';
import { KubeObject, WatchEventType } from './KubeObject';
import { kubeStatusCode } from './kubeErrors';
import { KindKey } from './resourceKinds';

export type KindWatcherTimings = {
  /** First retry delay after a failure; doubles up to `maxBackoffMs`. */
  initialBackoffMs: number;
  maxBackoffMs: number;
  /** Retry interval for a kind the cluster does not serve (404). */
  unavailableRetryMs: number;
  /** A watch that lasted this long was healthy: the backoff starts over. */
  healthyWatchMs: number;
};

export const defaultKindWatcherTimings: KindWatcherTimings = {
  initialBackoffMs: 1_000,
  maxBackoffMs: 30_000,
  unavailableRetryMs: 60_000,
  healthyWatchMs: 5_000,
};

const keyOf = (object: KubeObject) =>
  `${object.metadata.namespace ?? ''}/${object.metadata.name}`;

/** Server-side apply bookkeeping is most of an object's size; nothing reads it. */
function withoutManagedFields(object: KubeObject): KubeObject {
  if (!('managedFields' in object.metadata)) return object;
  const { managedFields: _, ...metadata } = object.metadata as Record<
    string,
    unknown
  >;
  return { ...object, metadata: metadata as KubeObject['metadata'] };
}

/**
 * List then watch of one kind across all namespaces. Whenever the watch ends
 * (410 Gone, error or server timeout) it relists and reports the
 * differences as events, so listeners never miss a change.
 */
export class KindWatcher {
  private readonly objects = new Map<string, KubeObject>();
  private cachedSnapshot: readonly KubeObject[] | undefined;
  private stopWatch: (() => void) | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  private stopped = false;
  private markFirstSync!: () => void;
  /** Settles on the first list, successful or answered 404. */
  readonly firstSync = new Promise<void>(resolve => {
    this.markFirstSync = resolve;
  });
  synced = false;
  unavailable = false;
  error: string | undefined;

  constructor(
    private readonly kind: KindKey,
    private readonly client: ClusterClient,
    private readonly logger: LoggerService,
    private readonly emit: (type: WatchEventType, object: KubeObject) => void,
    private readonly timings: KindWatcherTimings,
  ) {}

  start(): void {
    void this.sync();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.stopWatch?.();
    this.stopWatch = undefined;
  }

  snapshot(): readonly KubeObject[] {
    this.cachedSnapshot ??= Array.from(this.objects.values());
    return this.cachedSnapshot;
  }

  get(namespace: string | undefined, name: string): KubeObject | undefined {
    return this.objects.get(`${namespace ?? ''}/${name}`);
  }

  private async sync(): Promise<void> {
    if (this.stopped) return;
    let resourceVersion: string;
    try {
      const list = await this.client.list(this.kind);
      if (this.stopped) return;
      this.reconcile(list.items);
      resourceVersion = list.resourceVersion;
    } catch (error) {
      this.listFailed(error);
      return;
    }
    this.synced = true;
    this.unavailable = false;
    this.error = undefined;
    this.markFirstSync();

    const startedAt = Date.now();
    try {
      const stop = await this.client.watch(
        this.kind,
        resourceVersion,
        (type, object) => this.apply(type, object),
        error => this.watchEnded(startedAt, error),
      );
      if (this.stopped) stop();
      else this.stopWatch = stop;
    } catch (error) {
      this.watchEnded(startedAt, error);
    }
  }

  private listFailed(error: unknown) {
    if (this.stopped) return;
    if (kubeStatusCode(error) === 404) {
      // The cluster does not serve this kind (no Longhorn, no metrics...).
      this.unavailable = true;
      this.error = undefined;
      this.markFirstSync();
      this.retry(this.timings.unavailableRetryMs);
      return;
    }
    this.error = error instanceof Error ? error.message : String(error);
    this.logger.warn(`Listing ${this.kind} failed: ${this.error}`);
    this.retry(this.backoff());
  }

  private watchEnded(startedAt: number, error?: unknown) {
    this.stopWatch = undefined;
    if (this.stopped) return;
    if (Date.now() - startedAt >= this.timings.healthyWatchMs) {
      this.failures = 0;
    }
    if (error && kubeStatusCode(error) !== 410) {
      this.error = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Watching ${this.kind} failed: ${this.error}`);
    }
    // A healthy watch that ended relists at once; repeated ends back off.
    if (this.failures === 0) {
      this.failures = 1;
      this.retry(0);
    } else {
      this.retry(this.backoff());
    }
  }

  /** The next retry delay: doubling from the initial one, capped. */
  private backoff(): number {
    const { initialBackoffMs, maxBackoffMs } = this.timings;
    const delay = Math.min(initialBackoffMs * 2 ** this.failures, maxBackoffMs);
    this.failures += 1;
    return delay;
  }

  private retry(delayMs: number) {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.sync(), delayMs);
  }

  private apply(type: WatchEventType, object: KubeObject) {
    if (type === 'DELETED') this.objects.delete(keyOf(object));
    else this.objects.set(keyOf(object), withoutManagedFields(object));
    this.cachedSnapshot = undefined;
    this.emit(type, object);
  }

  /** Replaces the contents with a fresh list, emitting what changed. */
  private reconcile(items: KubeObject[]) {
    const seen = new Set<string>();
    for (const item of items) {
      const key = keyOf(item);
      seen.add(key);
      const known = this.objects.get(key);
      if (!known) this.apply('ADDED', item);
      else if (
        known.metadata.resourceVersion !== item.metadata.resourceVersion
      ) {
        this.apply('MODIFIED', item);
      }
    }
    for (const [key, known] of this.objects) {
      if (!seen.has(key)) this.apply('DELETED', known);
    }
  }
}
