import { KubeObject } from '../kube/KubeObject';
import { kubeConfigFor } from '../kube/kubeConfigFor';
import { createKubeRequester } from '../kube/kubeRequest';
import { KindKey, kindPath } from '../kube/resourceKinds';
import { cacheSettled } from './cacheSettled';
import { TestCluster } from './testCluster';

/**
 * Writes `status` through the status subresource (of a PVC, VM, migration,
 * node...) of an object in the test's namespace or a cluster-scoped one,
 * as its controller would, and waits for the cache to see it.
 */
export async function writeStatus(
  cluster: TestCluster,
  kind: KindKey,
  name: string,
  status: object,
): Promise<KubeObject> {
  const request = createKubeRequester(
    kubeConfigFor(cluster.definition, cluster.token),
    cluster.definition.name,
  );
  const written: KubeObject = await request({
    method: 'PATCH',
    path: `${kindPath(kind, cluster.namespace, name)}/status`,
    body: { status },
    contentType: 'application/merge-patch+json',
  });
  await cacheSettled(cluster, kind, cluster.namespace, name);
  return written;
}
