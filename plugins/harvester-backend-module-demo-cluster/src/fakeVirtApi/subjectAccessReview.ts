import { requireAccess } from '../kube/accessReview';
import { KubeApiClient } from '../kube/KubeApiClient';
import { KubevirtSubresource } from '../kubevirt/subresources';

/**
 * Whether the caller may `update` the subresource, as the aggregation
 * layer asks before a request reaches virt-api (401/403 otherwise).
 */
export function authorizeSubresource(
  upstream: KubeApiClient,
  authorization: string | undefined,
  target: KubevirtSubresource,
): Promise<void> {
  return requireAccess(upstream, authorization, {
    group: 'subresources.kubevirt.io',
    version: 'v1',
    resource: target.resource,
    subresource: target.action,
    verb: 'update',
    namespace: target.namespace,
    name: target.name,
  });
}
