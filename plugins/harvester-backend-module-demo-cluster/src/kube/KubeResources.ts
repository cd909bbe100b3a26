import { KindKey } from './kinds';
import { KubeObject } from './KubeObject';

export type ListOptions = {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
};

/**
 * The writes and reads the KubeVirt subresources and the simulated
 * controllers make, against any Kubernetes API (the fake one or a real
 * kube-apiserver). Errors are `KubeApiError`s.
 */
export interface KubeResources {
  list(kind: KindKey, options?: ListOptions): Promise<KubeObject[]>;
  /** Undefined when the object does not exist. */
  get(
    kind: KindKey,
    namespace: string | undefined,
    name: string,
  ): Promise<KubeObject | undefined>;
  create(kind: KindKey, object: KubeObject): Promise<KubeObject>;
  /** PUT: a 409 when `metadata.resourceVersion` is stale. */
  replace(kind: KindKey, object: KubeObject): Promise<KubeObject>;
  /** A JSON merge patch of the object. */
  patch(
    kind: KindKey,
    namespace: string | undefined,
    name: string,
    patch: object,
  ): Promise<KubeObject>;
  /** A JSON merge patch of `status`, through `/status` where the kind has it. */
  patchStatus(
    kind: KindKey,
    namespace: string | undefined,
    name: string,
    status: object,
  ): Promise<KubeObject>;
  /**
   * Resolves when deleted or already gone. `gracePeriodSeconds: 0` removes
   * a pod at once, as its kubelet does once the containers stopped.
   */
  delete(
    kind: KindKey,
    namespace: string | undefined,
    name: string,
    options?: { gracePeriodSeconds?: number },
  ): Promise<void>;
}
