import http, { IncomingMessage, ServerResponse } from 'node:http';
import { KubeApiClient, KubeApiConnection } from '../kube/KubeApiClient';
import { KubeApiError } from '../kube/KubeApiError';
import { sendError } from '../kube/httpMessages';
import { listenOnLoopback, LoopbackServer } from '../kube/loopbackServer';
import {
  matchKubevirtSubresource,
  serveKubevirtSubresource,
} from '../kubevirt/subresourceRoute';
import { authorizeSubresource } from './subjectAccessReview';

/** Its `url` is the cluster URL to use (client-node needs `skipTLSVerify` for http). */
export type FakeVirtApi = LoopbackServer;

/** Headers that belong to one connection, not to the proxied message. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
]);

const endToEnd = (headers: http.IncomingHttpHeaders) =>
  Object.fromEntries(
    Object.entries(headers).filter(
      ([name]) => !HOP_BY_HOP.has(name.toLowerCase()),
    ),
  );

/** Passes a request to the upstream API server as it is, streaming both ways (watches too). */
function proxy(
  upstream: KubeApiClient,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const forwarded = upstream.open(
    req.method ?? 'GET',
    req.url ?? '/',
    endToEnd(req.headers),
    req.headers.authorization ?? null,
  );
  forwarded.on('response', answer => {
    res.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers));
    // A watch answers headers long before its first event.
    res.flushHeaders();
    answer.pipe(res);
  });
  forwarded.on('error', error =>
    sendError(
      res,
      new KubeApiError(502, `upstream API server: ${error.message}`),
    ),
  );
  res.on('close', () => forwarded.destroy());
  req.pipe(forwarded);
}

/**
 * A FAKE KubeVirt virt-api in front of a real API server, for tests: the
 * subresources a bare kube-apiserver lacks (`start`, `stop`, `restart`,
 * `migrate` of VMs, `pause`/`unpause` of VMIs) are served with KubeVirt's
 * semantics, authorized against the upstream's RBAC with the caller's
 * token and written to the upstream with `token`; every other request is
 * proxied unchanged.
 */
export async function startFakeVirtApi(
  connection: KubeApiConnection,
): Promise<FakeVirtApi> {
  const upstream = new KubeApiClient(connection);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const target = matchKubevirtSubresource(url.pathname);
    if (!target) {
      proxy(upstream, req, res);
      return;
    }
    authorizeSubresource(upstream, req.headers.authorization, target)
      .then(() => serveKubevirtSubresource(upstream, target, req, res))
      .catch(error => sendError(res, error));
  });
  return listenOnLoopback(server, upstream);
}
