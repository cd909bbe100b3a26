import { ClusterClient } from '../kube/ClusterClient';
import { kubeConfigFor } from '../kube/kubeConfigFor';
import { kubeStatusCode } from '../kube/kubeErrors';
import { createKubeRequester } from '../kube/kubeRequest';
import { KindKey, kindPath, resourceKinds } from '../kube/resourceKinds';

const namespacedKinds = (Object.keys(resourceKinds) as KindKey[]).filter(
  key => resourceKinds[key].namespaced,
);

/**
 * Deletes a test namespace with everything in it. The local API server runs
 * no controllers, so nothing else would ever remove finalizers, empty the
 * namespace or finalize it: this does all three.
 */
export async function deleteTestNamespace(
  client: ClusterClient,
  token: string,
  namespace: string,
): Promise<void> {
  const request = createKubeRequester(
    kubeConfigFor(client.cluster, token),
    client.cluster.name,
  );
  await Promise.all(
    namespacedKinds.map(async kind => {
      try {
        const { items } = await client.list(kind, { namespace });
        await Promise.all(
          items
            .filter(object => object.metadata.finalizers?.length)
            .map(object =>
              client.patch(kind, namespace, object.metadata.name, {
                metadata: { finalizers: null },
              }),
            ),
        );
        await request({ method: 'DELETE', path: kindPath(kind, namespace) });
      } catch (error) {
        // Kinds the server does not serve; metrics stand-ins may be absent.
        if (kubeStatusCode(error) !== 404) throw error;
      }
    }),
  );
  await client.delete('namespace', undefined, namespace);
  const object = await client.get('namespace', undefined, namespace);
  if (!object) return;
  // Only the `finalize` subresource may drop the namespace's own finalizer.
  await request({
    method: 'PUT',
    path: `/api/v1/namespaces/${namespace}/finalize`,
    body: { ...object, spec: { ...object.spec, finalizers: [] } },
  });
}
