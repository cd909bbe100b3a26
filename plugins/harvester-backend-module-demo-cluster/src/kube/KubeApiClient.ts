import http from 'node:http';
import https from 'node:https';
import { KindKey, kindPath, kinds } from './kinds';
import { KubeApiError } from './KubeApiError';
import { KubeObject } from './KubeObject';
import { KubeResources, ListOptions } from './KubeResources';

/** Where a Kubernetes API is and how to authenticate to it. */
export type KubeApiConnection = {
  /** `http://` (the fake server) or `https://` (a real API server). */
  url: string;
  /** Bearer token. */
  token: string;
  /** Base64 PEM CA of an `https` server; default the system's CAs. */
  caData?: string;
};

const MERGE_PATCH = 'application/merge-patch+json';

/**
 * A small JSON client of the Kubernetes REST API over `node:http(s)`, so
 * the same code drives the in-process fake server and a real kube-apiserver
 * with a private CA.
 */
export class KubeApiClient implements KubeResources {
  private readonly base: URL;
  private readonly agent: http.Agent;

  constructor(private readonly connection: KubeApiConnection) {
    this.base = new URL(connection.url);
    this.agent =
      this.base.protocol === 'https:'
        ? new https.Agent({
            keepAlive: true,
            ca: connection.caData
              ? Buffer.from(connection.caData, 'base64')
              : undefined,
          })
        : new http.Agent({ keepAlive: true });
  }

  /**
   * Starts a request to the API; the caller writes the body and reads the
   * answer. It authenticates with the client's token unless `authorization`
   * says otherwise (a proxy passes its caller's header, or null for none).
   */
  open(
    method: string,
    path: string,
    headers: http.OutgoingHttpHeaders = {},
    authorization: string | null = `Bearer ${this.connection.token}`,
  ): http.ClientRequest {
    const url = new URL(path, this.base);
    const send = url.protocol === 'https:' ? https.request : http.request;
    return send(url, {
      method,
      agent: this.agent,
      headers: {
        ...headers,
        host: url.host,
        ...(authorization ? { authorization } : {}),
      },
    });
  }

  /**
   * Sends JSON and resolves to the parsed answer; a `KubeApiError`
   * otherwise. `authorization` as for `open`.
   */
  request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    options: { contentType?: string; authorization?: string } = {},
  ): Promise<T> {
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const contentType = options.contentType ?? 'application/json';
      const req = this.open(
        method,
        path,
        {
          accept: 'application/json',
          ...(payload ? { 'content-type': contentType } : {}),
        },
        options.authorization,
      );
      req.on('error', reject);
      req.on('response', res => {
        const chunks: Buffer[] = [];
        res.on('data', chunk => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const code = res.statusCode ?? 0;
          if (code >= 400) {
            reject(KubeApiError.fromResponse(code, text));
            return;
          }
          try {
            resolve(text ? JSON.parse(text) : undefined);
          } catch (error) {
            reject(error);
          }
        });
      });
      req.end(payload);
    });
  }

  async list(kind: KindKey, options: ListOptions = {}): Promise<KubeObject[]> {
    const query = new URLSearchParams();
    if (options.labelSelector)
      query.set('labelSelector', options.labelSelector);
    if (options.fieldSelector)
      query.set('fieldSelector', options.fieldSelector);
    const path = kindPath(kind, options.namespace);
    const search = query.toString();
    const list = await this.request('GET', search ? `${path}?${search}` : path);
    return list.items ?? [];
  }

  async get(kind: KindKey, namespace: string | undefined, name: string) {
    try {
      return await this.request<KubeObject>(
        'GET',
        kindPath(kind, namespace, name),
      );
    } catch (error) {
      if (error instanceof KubeApiError && error.code === 404) return undefined;
      throw error;
    }
  }

  create(kind: KindKey, object: KubeObject): Promise<KubeObject> {
    return this.request(
      'POST',
      kindPath(kind, object.metadata.namespace),
      object,
    );
  }

  replace(kind: KindKey, object: KubeObject): Promise<KubeObject> {
    const { namespace, name } = object.metadata;
    return this.request('PUT', kindPath(kind, namespace, name), object);
  }

  patch(
    kind: KindKey,
    namespace: string | undefined,
    name: string,
    patch: object,
  ): Promise<KubeObject> {
    return this.request('PATCH', kindPath(kind, namespace, name), patch, {
      contentType: MERGE_PATCH,
    });
  }

  async patchStatus(
    kind: KindKey,
    namespace: string | undefined,
    name: string,
    status: object,
  ): Promise<KubeObject> {
    const path = kindPath(kind, namespace, name);
    if (!kinds[kind].statusSubresource) {
      return this.request(
        'PATCH',
        path,
        { status },
        { contentType: MERGE_PATCH },
      );
    }
    try {
      return await this.request(
        'PATCH',
        `${path}/status`,
        { status },
        { contentType: MERGE_PATCH },
      );
    } catch (error) {
      // A cluster whose CRD has no status subresource: status is part of the object.
      if (error instanceof KubeApiError && error.code === 404) {
        return this.request(
          'PATCH',
          path,
          { status },
          { contentType: MERGE_PATCH },
        );
      }
      throw error;
    }
  }

  async delete(
    kind: KindKey,
    namespace: string | undefined,
    name: string,
    options: { gracePeriodSeconds?: number } = {},
  ) {
    const query = new URLSearchParams({ propagationPolicy: 'Background' });
    if (options.gracePeriodSeconds !== undefined) {
      query.set('gracePeriodSeconds', String(options.gracePeriodSeconds));
    }
    try {
      await this.request(
        'DELETE',
        `${kindPath(kind, namespace, name)}?${query}`,
      );
    } catch (error) {
      if (error instanceof KubeApiError && error.code === 404) return;
      throw error;
    }
  }

  /** Frees the kept-alive connections. */
  close(): void {
    this.agent.destroy();
  }
}
