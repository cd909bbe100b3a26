import http from 'node:http';
import { requireAccess } from '../kube/accessReview';
import { KubeApiClient, KubeApiConnection } from '../kube/KubeApiClient';
import { KubeApiError } from '../kube/KubeApiError';
import { listenOnLoopback, LoopbackServer } from '../kube/loopbackServer';
import {
  matchImageUpload,
  sendSteveError,
  serveImageUpload,
} from './imageUpload';

/** Its `url` is the cluster's `harvesterApiUrl`. */
export type FakeHarvesterUploadApi = LoopbackServer;

/**
 * A FAKE of Harvester's own API, for tests: its image upload action
 * (`/v1/harvester/harvesterhci.io.virtualmachineimages/<ns>/<name>?action=upload`)
 * in front of a real API server. The caller's token must be allowed to
 * `update` the image by the upstream's RBAC (as Steve checks before an
 * action); the image is then read and its status written with `token`, as
 * Harvester acts with its own service account. Nothing else is served.
 */
export async function startFakeHarvesterUploadApi(
  connection: KubeApiConnection,
): Promise<FakeHarvesterUploadApi> {
  const upstream = new KubeApiClient(connection);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const target = matchImageUpload(url);
    if (!target) {
      sendSteveError(
        res,
        new KubeApiError(404, `${url.pathname}: only image uploads are served`),
      );
      return;
    }
    requireAccess(upstream, req.headers.authorization, {
      group: 'harvesterhci.io',
      resource: 'virtualmachineimages',
      verb: 'update',
      ...target,
    })
      .then(() =>
        serveImageUpload(upstream, target, url.searchParams, req, res),
      )
      .catch(error => sendSteveError(res, error));
  });
  return listenOnLoopback(server, upstream);
}
