import { KubeApiClient } from './KubeApiClient';
import { KubeApiError } from './KubeApiError';

/** What a caller wants to do, as a SubjectAccessReview's resourceAttributes. */
export type ResourceAccess = {
  group: string;
  version?: string;
  resource: string;
  subresource?: string;
  verb: string;
  namespace: string;
  name: string;
};

/**
 * Asks the upstream API server whether the caller (their bearer token) may
 * do `access`, as an aggregated API server or Harvester's API does before
 * acting with its own rights: 401 when the token is not accepted, 403 when
 * RBAC says no.
 */
export async function requireAccess(
  upstream: KubeApiClient,
  authorization: string | undefined,
  access: ResourceAccess,
): Promise<void> {
  if (!authorization) throw new KubeApiError(401, 'Unauthorized');
  const review = {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    spec: { resourceAttributes: access },
  };
  const answer = await upstream.request(
    'POST',
    '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
    review,
    { authorization },
  );
  if (!answer.status?.allowed) {
    const { group, resource, subresource, verb, namespace, name } = access;
    throw new KubeApiError(
      403,
      `${resource}.${group} "${name}" is forbidden: the caller may not ${verb} ${resource}${
        subresource ? `/${subresource}` : ''
      } in namespace "${namespace}"`,
    );
  }
}
