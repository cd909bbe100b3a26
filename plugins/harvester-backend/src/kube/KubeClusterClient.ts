import { KubeConfig, Watch } from '@kubernetes/client-node';
import { HarvesterClusterDefinition } from '@internal/plugin-harvester-node';
import {
  ClusterClient,
  CreateOptions,
  ListOptions,
  ListResult,
  PatchType,
} from './ClusterClient';
import {
  ImageFile,
  postImageUpload,
  UploadTarget,
} from './harvesterImageUpload';
import { KubeObject, WatchEventType } from './KubeObject';
import { kubeConfigFor } from './kubeConfigFor';
import { kubeError, kubeStatusCode, unreachableError } from './kubeErrors';
import { createKubeRequester, KubeRequester } from './kubeRequest';
import { KindKey, kindPath, resourceKinds } from './resourceKinds';

const patchContentTypes: Record<PatchType, string> = {
  merge: 'application/merge-patch+json',
  json: 'application/json-patch+json',
  strategic: 'application/strategic-merge-patch+json',
};

/** Page size when the client follows `continue` to the end itself. */
const LIST_PAGE_SIZE = 500;

const watchEventTypes = new Set<string>(['ADDED', 'MODIFIED', 'DELETED']);

/** `ClusterClient` over `@kubernetes/client-node`, acting with one token. */
export class KubeClusterClient implements ClusterClient {
  static create(
    cluster: HarvesterClusterDefinition,
    token: string,
  ): KubeClusterClient {
    return new KubeClusterClient(cluster, kubeConfigFor(cluster, token));
  }

  private readonly request: KubeRequester;

  private constructor(
    readonly cluster: HarvesterClusterDefinition,
    private readonly kubeConfig: KubeConfig,
  ) {
    this.request = createKubeRequester(kubeConfig, cluster.name);
  }

  async list(kind: KindKey, options: ListOptions = {}): Promise<ListResult> {
    const followToEnd = options.limit === undefined;
    const items: KubeObject[] = [];
    let resourceVersion: string | undefined;
    let next = options.continue;
    do {
      const page = await this.request<{
        metadata: { resourceVersion: string; continue?: string };
        items: KubeObject[];
      }>({
        method: 'GET',
        path: kindPath(kind, options.namespace),
        query: {
          labelSelector: options.labelSelector,
          fieldSelector: options.fieldSelector,
          limit: options.limit ?? LIST_PAGE_SIZE,
          continue: next,
        },
      });
      // Every page of one list is served from the first page's snapshot.
      resourceVersion ??= page.metadata.resourceVersion;
      items.push(...page.items.map(item => withTypeMeta(kind, item)));
      next = page.metadata.continue || undefined;
    } while (followToEnd && next);
    return { items, resourceVersion: resourceVersion ?? '', continue: next };
  }

  async get(
    kind: KindKey,
    namespace: string | undefined,
    name: string,
  ): Promise<KubeObject | undefined> {
    try {
      return await this.request({
        method: 'GET',
        path: kindPath(kind, namespace, name),
      });
    } catch (error) {
      if (kubeStatusCode(error) === 404) return undefined;
      throw error;
    }
  }

  create(
    kind: KindKey,
    object: KubeObject,
    options: CreateOptions = {},
  ): Promise<KubeObject> {
    return this.request({
      method: 'POST',
      path: kindPath(kind, object.metadata.namespace),
      query: { dryRun: options.dryRun ? 'All' : undefined },
      body: withTypeMeta(kind, object),
    });
  }

  replace(kind: KindKey, object: KubeObject): Promise<KubeObject> {
    return this.request({
      method: 'PUT',
      path: kindPath(kind, object.metadata.namespace, object.metadata.name),
      body: withTypeMeta(kind, object),
    });
  }

  patch(
    kind: KindKey,
    namespace: string | undefined,
    name: string,
    patch: unknown,
    type: PatchType = 'merge',
  ): Promise<KubeObject> {
    return this.request({
      method: 'PATCH',
      path: kindPath(kind, namespace, name),
      body: patch,
      contentType: patchContentTypes[type],
    });
  }

  async delete(
    kind: KindKey,
    namespace: string | undefined,
    name: string,
    options: {
      propagationPolicy?: 'Foreground' | 'Background' | 'Orphan';
    } = {},
  ): Promise<void> {
    try {
      await this.request({
        method: 'DELETE',
        path: kindPath(kind, namespace, name),
        body: { apiVersion: 'v1', kind: 'DeleteOptions', ...options },
      });
    } catch (error) {
      if (kubeStatusCode(error) !== 404) throw error;
    }
  }

  async watch(
    kind: KindKey,
    resourceVersion: string,
    onEvent: (type: WatchEventType, object: KubeObject) => void,
    onDone: (error?: unknown) => void,
  ): Promise<() => void> {
    let ended = false;
    const end = (error?: unknown) => {
      if (ended) return;
      ended = true;
      onDone(error);
    };
    // Callbacks only run once the response streams, after `watching` is set.
    const watching: Promise<AbortController> = new Watch(this.kubeConfig).watch(
      kindPath(kind),
      { resourceVersion, allowWatchBookmarks: true },
      (type, object) => {
        if (ended) return;
        if (watchEventTypes.has(type)) {
          onEvent(type as WatchEventType, withTypeMeta(kind, object));
        } else if (type === 'ERROR') {
          // e.g. 410 Gone: the resourceVersion is too old to watch from.
          end(kubeError(this.cluster.name, object?.code ?? 500, object ?? {}));
          void watching.then(controller => controller.abort());
        }
      },
      error => end(error ? this.watchError(error) : undefined),
    );
    const controller = await watching;
    return () => {
      // A stopped watch is not "done": the caller asked for it.
      ended = true;
      controller.abort();
    };
  }

  async kubevirtSubresource(
    resource: 'virtualmachines' | 'virtualmachineinstances',
    namespace: string,
    name: string,
    subresource: string,
    body?: unknown,
  ): Promise<void> {
    await this.request({
      method: 'PUT',
      path: `/apis/subresources.kubevirt.io/v1/namespaces/${encodeURIComponent(
        namespace,
      )}/${resource}/${encodeURIComponent(name)}/${encodeURIComponent(
        subresource,
      )}`,
      body: body ?? {},
    });
  }

  uploadImage(image: UploadTarget, file: ImageFile): Promise<void> {
    const { kubeConfig, cluster } = this;
    return postImageUpload({ kubeConfig, cluster }, image, file);
  }

  private watchError(error: { statusCode?: number; message?: string }) {
    return error.statusCode
      ? kubeError(this.cluster.name, error.statusCode, {
          message: error.message,
        })
      : unreachableError(this.cluster.name, error);
  }
}

/** Lists omit `apiVersion`/`kind` on items; fill them so objects are whole. */
function withTypeMeta(kind: KindKey, object: KubeObject): KubeObject {
  const { group, version, kind: kindName } = resourceKinds[kind];
  if (object.apiVersion && object.kind) return object;
  return {
    ...object,
    apiVersion: group ? `${group}/${version}` : version,
    kind: kindName,
  };
}
