import { KindKey, kindKeys } from '../kube/kinds';
import { KubeObject, objectKey } from '../kube/KubeObject';
import { WatchEventType, WatchHub } from './WatchHub';

/**
 * The fake API server's storage: objects by kind and `namespace/name`, one
 * resourceVersion counter for everything (as etcd's revision), and every
 * change published to the watch hub. Objects are copied in and out.
 */
export class ObjectStore {
  private revision = 0;
  private readonly objects = new Map<KindKey, Map<string, KubeObject>>(
    kindKeys.map(key => [key, new Map()]),
  );

  constructor(readonly hub: WatchHub) {}

  get resourceVersion(): number {
    return this.revision;
  }

  /** Objects of a kind (optionally of one namespace), sorted by `namespace/name`. */
  list(kind: KindKey, namespace?: string): KubeObject[] {
    return [...this.objects.get(kind)!.values()]
      .filter(o => !namespace || o.metadata.namespace === namespace)
      .sort((a, b) => objectKey(a).localeCompare(objectKey(b)))
      .map(o => structuredClone(o));
  }

  get(kind: KindKey, namespace: string | undefined, name: string) {
    const key = namespace ? `${namespace}/${name}` : name;
    const object = this.objects.get(kind)!.get(key);
    return object && structuredClone(object);
  }

  /** Stores a new or changed object under a new resourceVersion. */
  put(kind: KindKey, object: KubeObject, type: WatchEventType): KubeObject {
    const stored = this.stamp(object);
    this.objects.get(kind)!.set(objectKey(stored), stored);
    this.hub.publish({
      type,
      kind,
      object: stored,
      resourceVersion: this.revision,
    });
    return structuredClone(stored);
  }

  remove(kind: KindKey, object: KubeObject): KubeObject {
    const stored = this.stamp(object);
    this.objects.get(kind)!.delete(objectKey(stored));
    this.hub.publish({
      type: 'DELETED',
      kind,
      object: stored,
      resourceVersion: this.revision,
    });
    return structuredClone(stored);
  }

  /** Every object that names `uid` among its owners. */
  dependentsOf(uid: string): Array<[KindKey, KubeObject]> {
    const dependents: Array<[KindKey, KubeObject]> = [];
    for (const [kind, objects] of this.objects) {
      for (const object of objects.values()) {
        if (object.metadata.ownerReferences?.some(ref => ref.uid === uid)) {
          dependents.push([kind, structuredClone(object)]);
        }
      }
    }
    return dependents;
  }

  private stamp(object: KubeObject): KubeObject {
    this.revision += 1;
    const stored = structuredClone(object);
    stored.metadata.resourceVersion = String(this.revision);
    return stored;
  }
}
