import { KindKey } from '../kube/kinds';
import { KubeObject } from '../kube/KubeObject';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export type StoredEvent = {
  type: WatchEventType;
  kind: KindKey;
  object: KubeObject;
  resourceVersion: number;
};

/**
 * The recent change history of a fake API server and its live watchers.
 * Only the last `capacity` events are kept, like etcd's compaction: a watch
 * from an older resourceVersion gets 410 Gone and must list again.
 */
export class WatchHub {
  private readonly history: StoredEvent[] = [];
  private readonly listeners = new Set<(event: StoredEvent) => void>();
  /** Events up to this version were dropped. */
  private compactedThrough = 0;

  constructor(private readonly capacity: number) {}

  publish(event: StoredEvent): void {
    this.history.push(event);
    while (this.history.length > this.capacity) {
      this.compactedThrough = this.history.shift()!.resourceVersion;
    }
    for (const listener of this.listeners) listener(event);
  }

  /** The events after `resourceVersion`, or undefined when some were compacted. */
  since(resourceVersion: number): StoredEvent[] | undefined {
    if (resourceVersion < this.compactedThrough) return undefined;
    return this.history.filter(e => e.resourceVersion > resourceVersion);
  }

  /** The oldest version a watch may still start from. */
  get oldestResourceVersion(): number {
    return this.compactedThrough;
  }

  subscribe(listener: (event: StoredEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
