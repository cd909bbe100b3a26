import { HarvesterClusterDefinition } from '@internal/plugin-harvester-node';
import { ImageFile, UploadTarget } from './harvesterImageUpload';
import { KindKey } from './resourceKinds';
import { KubeObject, WatchEventType } from './KubeObject';

export type ListOptions = {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  /** Server-side paging (`limit`/`continue`); the client follows it to the end when unset. */
  limit?: number;
  continue?: string;
};

export type ListResult = {
  items: KubeObject[];
  resourceVersion: string;
  continue?: string;
};

export type CreateOptions = {
  /** `dryRun=All`: the API server validates and answers, stores nothing. */
  dryRun?: boolean;
};

export type PatchType = 'merge' | 'json' | 'strategic';

/**
 * One cluster's Kubernetes API, over `@kubernetes/client-node` (its
 * KubeConfig gives TLS and auth). Errors are `@backstage/errors` classes:
 * 404 NotFoundError, 409 ConflictError, 422/400 InputError naming the API
 * server's message, 401/403 from the cluster a NotAllowedError that says the
 * cluster (not the portal policy) refused.
 */
export interface ClusterClient {
  readonly cluster: HarvesterClusterDefinition;
  list(kind: KindKey, options?: ListOptions): Promise<ListResult>;
  get(
    kind: KindKey,
    namespace: string | undefined,
    name: string,
  ): Promise<KubeObject | undefined>;
  create(
    kind: KindKey,
    object: KubeObject,
    options?: CreateOptions,
  ): Promise<KubeObject>;
  replace(kind: KindKey, object: KubeObject): Promise<KubeObject>;
  patch(
    kind: KindKey,
    namespace: string | undefined,
    name: string,
    patch: unknown,
    type?: PatchType,
  ): Promise<KubeObject>;
  /** Resolves when deleted or already gone. */
  delete(
    kind: KindKey,
    namespace: string | undefined,
    name: string,
    options?: { propagationPolicy?: 'Foreground' | 'Background' | 'Orphan' },
  ): Promise<void>;
  /**
   * Watches from `resourceVersion`; `onEvent` per change. Resolves to a stop
   * function; `onDone` is called once when the watch ends (error or 410 Gone).
   */
  watch(
    kind: KindKey,
    resourceVersion: string,
    onEvent: (type: WatchEventType, object: KubeObject) => void,
    onDone: (error?: unknown) => void,
  ): Promise<() => void>;
  /**
   * PUT a KubeVirt subresource (virt-api): `start`, `stop`, `restart`,
   * `pause`, `unpause`, `migrate` under
   * `/apis/subresources.kubevirt.io/v1/namespaces/{ns}/{virtualmachines|virtualmachineinstances}/{name}/{sub}`.
   */
  kubevirtSubresource(
    resource: 'virtualmachines' | 'virtualmachineinstances',
    namespace: string,
    name: string,
    subresource: string,
    body?: unknown,
  ): Promise<void>;
  /**
   * Sends the file of an upload image (`spec.sourceType: upload`) to
   * Harvester's upload action, on Harvester's own API (`harvesterApiUrl`)
   * with this client's token; resolves once Harvester stored it.
   */
  uploadImage(image: UploadTarget, file: ImageFile): Promise<void>;
}
