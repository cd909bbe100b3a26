import { ClusterCache } from '../kube/ClusterCache';
import { ClusterClient } from '../kube/ClusterClient';
import { KubeObject } from '../kube/KubeObject';
import { KindKey, resourceKinds } from '../kube/resourceKinds';

const CACHE_WAIT_MS = 10_000;

/** True when `actual` is `written` or newer (etcd revisions are numeric). */
function atLeast(actual: string | undefined, written: string | undefined) {
  if (!actual || !written) return actual === written;
  return /^\d+$/.test(actual) && /^\d+$/.test(written)
    ? BigInt(actual) >= BigInt(written)
    : actual === written;
}

/** Resolves when the cached object satisfies `matches`; rejects after 10 s. */
export async function waitForCache(
  cache: ClusterCache,
  kind: KindKey,
  namespace: string | undefined,
  name: string,
  matches: (object: KubeObject | undefined) => boolean,
): Promise<void> {
  if (!resourceKinds[kind].cached) return;
  const deadline = Date.now() + CACHE_WAIT_MS;
  while (!matches(await cache.get(kind, namespace, name))) {
    if (Date.now() > deadline) {
      throw new Error(
        `The cache did not see the change of ${kind} ${
          namespace ?? ''
        }/${name}`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 10));
  }
}

/** A client whose writes resolve once `cache` reflects them. */
export function cacheSyncedClient(
  client: ClusterClient,
  cache: ClusterCache,
): ClusterClient {
  const seen = async (kind: KindKey, written: KubeObject) => {
    const { namespace, name, resourceVersion } = written.metadata;
    await waitForCache(cache, kind, namespace, name, o =>
      atLeast(o?.metadata.resourceVersion, resourceVersion),
    );
    return written;
  };
  return {
    cluster: client.cluster,
    list: client.list.bind(client),
    get: client.get.bind(client),
    watch: client.watch.bind(client),
    kubevirtSubresource: client.kubevirtSubresource.bind(client),
    uploadImage: client.uploadImage.bind(client),
    create: async (kind, object, options) => {
      const created = await client.create(kind, object, options);
      // A dry run stores nothing, so the cache never sees it.
      return options?.dryRun ? created : seen(kind, created);
    },
    replace: async (kind, object) =>
      seen(kind, await client.replace(kind, object)),
    patch: async (kind, namespace, name, patch, type) =>
      seen(kind, await client.patch(kind, namespace, name, patch, type)),
    async delete(kind, namespace, name, options) {
      await client.delete(kind, namespace, name, options);
      await waitForCache(
        cache,
        kind,
        namespace,
        name,
        o => !o || Boolean(o.metadata.deletionTimestamp),
      );
    },
  };
}
