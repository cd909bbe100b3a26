import { KubeConfig } from '@kubernetes/client-node';
import { requireServiceEnv } from '@internal/testing';
import { randomBytes } from 'node:crypto';
import { KubeApiClient, KubeApiConnection } from '../kube/KubeApiClient';
import { KubeApiError } from '../kube/KubeApiError';
import { kindKeys, kinds } from '../kube/kinds';

/** The local kube-apiserver of `scripts/services up kubernetes` (no controllers run there). */
export function realClusterConnection(): KubeApiConnection {
  const kc = new KubeConfig();
  kc.loadFromFile(requireServiceEnv('kubernetes', 'KUBECONFIG'));
  const cluster = kc.getCurrentCluster()!;
  return {
    url: cluster.server,
    token: kc.getCurrentUser()!.token!,
    caData: cluster.caData,
  };
}

export const uniqueSuffix = () => randomBytes(3).toString('hex');

/** A fresh namespace, so tests sharing the API server do not see each other's objects. */
export async function createTestNamespace(
  api: KubeApiClient,
  prefix: string,
): Promise<string> {
  const name = `${prefix}-${uniqueSuffix()}`;
  await api.create('namespace', {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name },
  });
  return name;
}

/**
 * Deletes everything in the namespace, then the namespace: the bare API
 * server has no namespace controller to empty it.
 */
export async function removeTestNamespace(
  api: KubeApiClient,
  namespace: string,
): Promise<void> {
  for (const kind of kindKeys.filter(k => kinds[k].namespaced)) {
    const objects = await api.list(kind, { namespace }).catch(error => {
      if (error instanceof KubeApiError && error.code === 404) return [];
      throw error;
    });
    for (const object of objects)
      await api.delete(kind, namespace, object.metadata.name);
  }
  await api.delete('namespace', undefined, namespace);
}

/**
 * A token of a new service account that holds no role: the API server
 * authenticates it and denies it everything.
 */
export async function createUnprivilegedToken(
  api: KubeApiClient,
  namespace: string,
): Promise<string> {
  await api.create('serviceAccount', {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name: 'viewer', namespace },
  });
  const { status } = await api.request(
    'POST',
    `/api/v1/namespaces/${namespace}/serviceaccounts/viewer/token`,
    {
      apiVersion: 'authentication.k8s.io/v1',
      kind: 'TokenRequest',
      spec: { expirationSeconds: 600 },
    },
  );
  return status.token;
}
