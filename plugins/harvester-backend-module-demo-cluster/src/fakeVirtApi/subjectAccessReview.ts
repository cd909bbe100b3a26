import { KubeApiClient } from '../kube/KubeApiClient';
import { KubeApiError } from '../kube/KubeApiError';
import { KubevirtSubresource } from '../kubevirt/subresources';

/**
 * Asks the upstream API server whether the caller (their bearer token) may
 * `update` the subresource, as the aggregation layer does before a request
 * reaches virt-api: 401 when the token is not accepted, 403 when RBAC says no.
 */
export async function authorizeSubresource(
  upstream: KubeApiClient,
  authorization: string | undefined,
  target: KubevirtSubresource,
): Promise<void> {
  if (!authorization) throw new KubeApiError(401, 'Unauthorized');
  const review = {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    spec: {
      resourceAttributes: {
        group: 'subresources.kubevirt.io',
        version: 'v1',
        resource: target.resource,
        subresource: target.action,
        verb: 'update',
        namespace: target.namespace,
        name: target.name,
      },
    },
  };
  const answer = await upstream.request(
    'POST',
    '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
    review,
    { authorization },
  );
  if (!answer.status?.allowed) {
    throw new KubeApiError(
      403,
      `${target.resource}.subresources.kubevirt.io "${target.name}" is forbidden: the caller may not update ${target.resource}/${target.action} in namespace "${target.namespace}"`,
    );
  }
}
