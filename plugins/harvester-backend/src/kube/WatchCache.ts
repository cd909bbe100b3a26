import { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import { CacheChangeListener, ClusterCache } from './ClusterCache';
import { ClusterClient } from './ClusterClient';
import { KubeObject } from './KubeObject';
import {
  defaultKindWatcherTimings,
  KindWatcher,
  KindWatcherTimings,
} from './KindWatcher';
import { KindKey, resourceKinds } from './resourceKinds';

export type WatchCacheOptions = {
  client: ClusterClient;
  logger: LoggerService;
  /** How long reads wait for a kind's first list. Default 10 s. */
  syncTimeoutMs?: number;
  /** Default every kind marked `cached` in resourceKinds. */
  kinds?: KindKey[];
  timings?: Partial<KindWatcherTimings>;
};

const cachedKinds = (Object.keys(resourceKinds) as KindKey[]).filter(
  key => resourceKinds[key].cached,
);

/**
 * `ClusterCache` with one list+watch per kind. Kinds that are not cached
 * (metrics, which cannot be watched) are read through the client.
 */
export class WatchCache implements ClusterCache {
  private readonly watchers = new Map<KindKey, KindWatcher>();
  private readonly listeners = new Set<CacheChangeListener>();
  private readonly client: ClusterClient;
  private readonly syncTimeoutMs: number;

  /** Starts listing and watching at once. */
  constructor(options: WatchCacheOptions) {
    this.client = options.client;
    this.syncTimeoutMs = options.syncTimeoutMs ?? 10_000;
    const timings = { ...defaultKindWatcherTimings, ...options.timings };
    for (const kind of options.kinds ?? cachedKinds) {
      const watcher = new KindWatcher(
        kind,
        options.client,
        options.logger.child({ kind }),
        (type, object) => {
          for (const listener of this.listeners) listener(kind, type, object);
        },
        timings,
      );
      this.watchers.set(kind, watcher);
      watcher.start();
    }
  }

  async waitForSync(timeoutMs = this.syncTimeoutMs): Promise<void> {
    await withTimeout(
      Promise.all([...this.watchers.values()].map(w => w.firstSync)),
      timeoutMs,
    );
  }

  isSynced(kind: KindKey): boolean {
    return this.watchers.get(kind)?.synced ?? false;
  }

  /** Every kind has been listed (or found unavailable). */
  isFullySynced(): boolean {
    return [...this.watchers.values()].every(w => w.synced || w.unavailable);
  }

  unavailableKinds(): KindKey[] {
    return [...this.watchers]
      .filter(([, watcher]) => watcher.unavailable)
      .map(([kind]) => kind);
  }

  lastError(): string | undefined {
    for (const [kind, watcher] of this.watchers) {
      if (watcher.error) return `${kind}: ${watcher.error}`;
    }
    return undefined;
  }

  onChange(listener: CacheChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  snapshot(kind: KindKey): readonly KubeObject[] {
    return this.watcherOf(kind).snapshot();
  }

  async list(kind: KindKey, namespace?: string): Promise<KubeObject[]> {
    if (!this.watchers.has(kind)) {
      return (await this.client.list(kind, { namespace })).items;
    }
    const objects = (await this.synced(kind)).snapshot();
    return namespace && resourceKinds[kind].namespaced
      ? objects.filter(o => o.metadata.namespace === namespace)
      : [...objects];
  }

  async get(
    kind: KindKey,
    namespace: string | undefined,
    name: string,
  ): Promise<KubeObject | undefined> {
    if (!this.watchers.has(kind)) {
      return this.client.get(kind, namespace, name);
    }
    const scoped = resourceKinds[kind].namespaced ? namespace : undefined;
    return (await this.synced(kind)).get(scoped, name);
  }

  stop(): void {
    for (const watcher of this.watchers.values()) watcher.stop();
    this.listeners.clear();
  }

  private watcherOf(kind: KindKey): KindWatcher {
    const watcher = this.watchers.get(kind);
    if (!watcher) {
      throw new TypeError(`${kind} is not cached; read it with list()`);
    }
    return watcher;
  }

  /** The kind's watcher once its first list is in, or 503 after the timeout. */
  private async synced(kind: KindKey): Promise<KindWatcher> {
    const watcher = this.watcherOf(kind);
    if (!watcher.synced && !watcher.unavailable) {
      await withTimeout(watcher.firstSync, this.syncTimeoutMs);
    }
    if (!watcher.synced && !watcher.unavailable) {
      throw new ServiceUnavailableError(
        `Cluster ${this.client.cluster.name} is not synced yet (${kind}): ${
          watcher.error ?? 'still listing'
        }`,
      );
    }
    return watcher;
  }
}

/** Waits for `promise`, but no longer than `ms`; never rejects on timeout. */
async function withTimeout(promise: Promise<unknown>, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    promise,
    new Promise<void>(resolve => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
}
