import { HarvesterClusterDefinition } from '@internal/plugin-harvester-node';
import { randomBytes } from 'node:crypto';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { ClusterRegistry } from '../clusters/ClusterRegistry';
import { ClusterClient } from '../kube/ClusterClient';
import { KubeClusterClient } from '../kube/KubeClusterClient';
import { KubeObject } from '../kube/KubeObject';
import { KindKey } from '../kube/resourceKinds';
import { cacheSyncedClient, waitForCache } from './cacheSyncedClient';
import { deleteTestNamespace } from './deleteTestNamespace';
import {
  createTestRegistry,
  localApiServer,
  localClusterConfig,
} from './testRegistry';

export type TestClusterOptions = {
  /** Default `test-<random>`. */
  clusterName?: string;
  /** The cluster definition's owner entity ref. */
  owner?: string;
  /**
   * An `oidc` cluster without a cache token: requests act with the token in
   * OIDC_TOKEN_HEADER (use `token`), reads go straight to the API server.
   */
  oidc?: boolean;
  /**
   * Where the cluster's clients (and the fixtures' client) connect instead
   * of the local API server, e.g. a `startFakeVirtApi` in front of it.
   */
  url?: string;
  /** The cluster's `harvesterApiUrl`, e.g. a `startFakeHarvesterUploadApi`. */
  harvesterApiUrl?: string;
};

export type TestCluster = {
  definition: HarvesterClusterDefinition;
  /**
   * The API server's client with the local admin token, for fixtures and
   * for reading state back. Its writes resolve once the cluster's cache
   * (when it has one) has seen them, so routes read what a test wrote.
   */
  client: ClusterClient;
  handle: ClusterHandle;
  /** A real registry (createClusterRegistry) holding just this cluster. */
  registry: ClusterRegistry;
  /** A fresh namespace `t-<random>` for the test file. */
  namespace: string;
  /** The local API server's token: a valid OIDC header value. */
  token: string;
  /** Waits until the cache holds the object and `matches` it (or it is gone: `matches(undefined)`). */
  cached(
    kind: KindKey,
    namespace: string | undefined,
    name: string,
    matches?: (object: KubeObject | undefined) => boolean,
  ): Promise<void>;
  /** Deletes the namespace and everything the test left in it; stops the cache. */
  cleanup(): Promise<void>;
};

/** A unique suffix for names of cluster-scoped fixtures. */
export const randomSuffix = () => randomBytes(4).toString('hex');

/**
 * One cluster on the local kube-apiserver of `scripts/services`
 * (`KUBECONFIG`): fails, never skips, when the service is not up.
 */
export async function createTestCluster(
  options: TestClusterOptions = {},
): Promise<TestCluster> {
  const { token } = localApiServer();
  const name = options.clusterName ?? `test-${randomSuffix()}`;
  const { registry } = await createTestRegistry({
    clusters: [
      localClusterConfig(name, {
        owner: options.owner,
        ...(options.oidc ? { auth: { type: 'oidc' } } : {}),
        ...(options.url ? { url: options.url } : {}),
        ...(options.harvesterApiUrl
          ? { harvesterApiUrl: options.harvesterApiUrl }
          : {}),
      }),
    ],
  });
  const handle = registry.get(name);
  const { definition, cache } = handle;
  await cache?.waitForSync();
  const direct = KubeClusterClient.create(definition, token);
  const client = cache ? cacheSyncedClient(direct, cache) : direct;

  const namespace = `t-${randomSuffix()}`;
  await client.create('namespace', { metadata: { name: namespace } });

  return {
    definition,
    client,
    handle,
    registry,
    namespace,
    token,
    cached: (kind, ns, objectName, matches = o => o !== undefined) =>
      cache
        ? waitForCache(cache, kind, ns, objectName, matches)
        : Promise.resolve(),
    async cleanup() {
      registry.stop();
      await deleteTestNamespace(direct, token, namespace);
    },
  };
}
