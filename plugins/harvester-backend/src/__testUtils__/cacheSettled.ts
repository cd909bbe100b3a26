import { KubeObject } from '../kube/KubeObject';
import { KindKey } from '../kube/resourceKinds';
import { TestCluster } from './testCluster';

const revision = (object: KubeObject | undefined) =>
  BigInt(object?.metadata.resourceVersion ?? 0);

/**
 * Waits until the cluster's cache holds what the API server holds now:
 * routes write with their own client, so a test that reads back through a
 * route waits for the watch to deliver the change first.
 */
export async function cacheSettled(
  cluster: TestCluster,
  kind: KindKey,
  namespace: string | undefined,
  name: string,
): Promise<void> {
  const current = await cluster.client.get(kind, namespace, name);
  await cluster.cached(kind, namespace, name, cached =>
    current ? revision(cached) >= revision(current) : cached === undefined,
  );
}
