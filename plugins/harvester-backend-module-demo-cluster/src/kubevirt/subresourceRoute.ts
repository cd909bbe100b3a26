import { IncomingMessage, ServerResponse } from 'node:http';
import { KubeApiError } from '../kube/KubeApiError';
import { readJson, sendError } from '../kube/httpMessages';
import { KubeResources } from '../kube/KubeResources';
import { KubevirtSubresource, runKubevirtSubresource } from './subresources';

const PATH =
  /^\/apis\/subresources\.kubevirt\.io\/v1\/namespaces\/([^/]+)\/(virtualmachines|virtualmachineinstances)\/([^/]+)\/([^/]+)$/;

/** The subresource a path names, if it is one of virt-api's. */
export function matchKubevirtSubresource(
  pathname: string,
): KubevirtSubresource | undefined {
  const match = PATH.exec(pathname);
  if (!match) return undefined;
  const [, namespace, resource, name, action] = match.map(decodeURIComponent);
  return {
    namespace,
    resource: resource as KubevirtSubresource['resource'],
    name,
    action,
  };
}

/**
 * Serves one virt-api subresource request: `PUT` with an optional body
 * (`{"dryRun":["All"]}`), answered 202 with no body like virt-api, or a
 * Kubernetes `Status`.
 */
export async function serveKubevirtSubresource(
  api: KubeResources,
  target: KubevirtSubresource,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  try {
    if (req.method !== 'PUT') {
      throw new KubeApiError(
        405,
        `the server does not allow this method on the requested resource`,
      );
    }
    const body = (await readJson(req)) as { dryRun?: string[] } | undefined;
    await runKubevirtSubresource(api, target, {
      dryRun: body?.dryRun?.includes('All') ?? false,
    });
    res.writeHead(202);
    res.end();
  } catch (error) {
    sendError(res, error);
  }
}
