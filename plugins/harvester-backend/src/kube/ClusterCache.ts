import { KindKey } from './resourceKinds';
import { KubeObject, WatchEventType } from './KubeObject';
import { ObjectReader } from './ObjectReader';

export type CacheChangeListener = (
  kind: KindKey,
  type: WatchEventType,
  object: KubeObject,
) => void;

/**
 * List + watch of every cached kind of one cluster, so page views never list
 * from the API server. Relists on 410 Gone and reconnects with backoff. A
 * kind the cluster does not serve (404 on list) is reported unavailable and
 * retried on the next relist, not an error.
 */
export interface ClusterCache extends ObjectReader {
  /** Resolves when every available kind has its first list (or timeout). */
  waitForSync(timeoutMs?: number): Promise<void>;
  isSynced(kind: KindKey): boolean;
  unavailableKinds(): KindKey[];
  /** The last connection error, undefined while healthy. */
  lastError(): string | undefined;
  onChange(listener: CacheChangeListener): () => void;
  /** Synchronous snapshot for hot paths (lists, permission filters). */
  snapshot(kind: KindKey): readonly KubeObject[];
  stop(): void;
}
