import { randomBytes } from 'node:crypto';
import http, { IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import {
  matchImageUpload,
  serveImageUpload,
} from '../harvesterApi/imageUpload';
import { KubeApiClient } from '../kube/KubeApiClient';
import { KubeApiError } from '../kube/KubeApiError';
import { sendError, sendJson } from '../kube/httpMessages';
import {
  matchKubevirtSubresource,
  serveKubevirtSubresource,
} from '../kubevirt/subresourceRoute';
import { discoveryDocument, versionInfo } from './discovery';
import { ObjectStore } from './ObjectStore';
import { parseResourcePath } from './resourcePath';
import { ResourceWrites } from './ResourceWrites';
import { serveResource } from './serveResource';
import { WatchHub } from './WatchHub';

export type FakeKubernetesApiServerOptions = {
  /** Default a free port. The server listens on 127.0.0.1 only. */
  port?: number;
  /** Default a random one; requests without it get 401. */
  token?: string;
  /** Changes kept for watches; older resourceVersions get 410 Gone. Default 10,000. */
  watchHistorySize?: number;
  /** Default 15 s. */
  bookmarkIntervalMs?: number;
};

const UNAUTHENTICATED = new Set(['/healthz', '/livez', '/readyz', '/version']);

/**
 * A FAKE Kubernetes API server, in process, for the embedded default and
 * tests: the REST protocol (list, watch, get, create, replace, patch,
 * delete, status subresources) for the kinds in `kube/kinds.ts`, kept in
 * memory, KubeVirt's virt-api subresources, and Harvester's image upload
 * action (Harvester's own API on the same port: the clusters'
 * `harvesterApiUrl`). It stores objects only: the simulated controllers
 * (`SimulatedHarvesterControllers`) act on them.
 */
export class FakeKubernetesApiServer {
  private readonly openWatches = new Set<() => void>();
  private readonly store: ObjectStore;
  private readonly writes: ResourceWrites;
  private readonly server: http.Server;
  /** The server as its own client, for virt-api's subresources and uploads. */
  private selfClient?: KubeApiClient;
  private address?: AddressInfo;

  private constructor(
    private readonly options: Required<FakeKubernetesApiServerOptions>,
  ) {
    this.store = new ObjectStore(new WatchHub(options.watchHistorySize));
    this.writes = new ResourceWrites(this.store);
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch(error => sendError(res, error));
    });
  }

  static async start(
    options: FakeKubernetesApiServerOptions = {},
  ): Promise<FakeKubernetesApiServer> {
    const server = new FakeKubernetesApiServer({
      port: options.port ?? 0,
      token: options.token ?? randomBytes(24).toString('hex'),
      watchHistorySize: options.watchHistorySize ?? 10_000,
      bookmarkIntervalMs: options.bookmarkIntervalMs ?? 15_000,
    });
    await server.listen();
    return server;
  }

  /** `http://127.0.0.1:<port>`. */
  get url(): string {
    return `http://127.0.0.1:${this.address!.port}`;
  }

  get token(): string {
    return this.options.token;
  }

  async stop(): Promise<void> {
    for (const end of this.openWatches) end();
    this.selfClient?.close();
    this.server.closeAllConnections();
    await new Promise<void>(resolve => this.server.close(() => resolve()));
  }

  private async listen() {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port, '127.0.0.1', () => resolve());
    });
    this.address = this.server.address() as AddressInfo;
    this.selfClient = new KubeApiClient({ url: this.url, token: this.token });
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (UNAUTHENTICATED.has(url.pathname)) {
      if (url.pathname === '/version') sendJson(res, 200, versionInfo);
      else res.end('ok');
      return;
    }
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      throw new KubeApiError(401, 'Unauthorized');
    }
    const subresource = matchKubevirtSubresource(url.pathname);
    if (subresource) {
      await serveKubevirtSubresource(this.selfClient!, subresource, req, res);
      return;
    }
    const upload = matchImageUpload(url);
    if (upload) {
      await serveImageUpload(
        this.selfClient!,
        upload,
        url.searchParams,
        req,
        res,
      );
      return;
    }
    const discovery =
      req.method === 'GET' ? discoveryDocument(url.pathname) : undefined;
    if (discovery) {
      sendJson(res, 200, discovery);
      return;
    }
    const target = parseResourcePath(url.pathname);
    if (!target) {
      throw new KubeApiError(
        404,
        'the server could not find the requested resource',
      );
    }
    await serveResource(
      {
        store: this.store,
        writes: this.writes,
        options: this.options,
        openWatches: this.openWatches,
      },
      target,
      url.searchParams,
      req,
      res,
    );
  }
}
