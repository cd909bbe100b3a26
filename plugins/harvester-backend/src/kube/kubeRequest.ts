import { KubeConfig } from '@kubernetes/client-node';
import http from 'node:http';
import https from 'node:https';
import { kubeError, unreachableError } from './kubeErrors';

export type KubeRequest = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  contentType?: string;
};

const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Plain JSON requests to one cluster with the KubeConfig's TLS and auth
 * (`applyToHTTPSOptions`). The typed API classes of the client are not used:
 * custom resources need raw paths anyway, and their models drop fields.
 */
export function createKubeRequester(
  kubeConfig: KubeConfig,
  clusterName: string,
) {
  const server = kubeConfig.getCurrentCluster()!.server;
  let prepared: Promise<https.RequestOptions> | undefined;
  const baseOptions = () => {
    prepared ??= (async () => {
      const options: https.RequestOptions = {};
      await kubeConfig.applyToHTTPSOptions(options);
      return options;
    })();
    return prepared;
  };

  /** Resolves to the parsed JSON answer; rejects with a mapped error. */
  return async function kubeRequest<T = any>(request: KubeRequest): Promise<T> {
    const url = new URL(`${server}${request.path}`);
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const base = await baseOptions();
    const body =
      request.body === undefined ? undefined : JSON.stringify(request.body);
    const options: https.RequestOptions = {
      ...base,
      method: request.method,
      headers: {
        ...base.headers,
        accept: 'application/json',
        // Node sends a DELETE's body without a length unless told one,
        // which servers read as no body followed by garbage.
        ...(body === undefined
          ? {}
          : {
              'content-type': request.contentType ?? 'application/json',
              'content-length': Buffer.byteLength(body),
            }),
      },
    };
    const transport = url.protocol === 'http:' ? http : https;
    const { statusCode, text } = await new Promise<{
      statusCode: number;
      text: string;
    }>((resolve, reject) => {
      const req = transport.request(url, options, res => {
        const chunks: Buffer[] = [];
        res.on('data', chunk => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({
            statusCode: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      });
      req.setTimeout(REQUEST_TIMEOUT_MS, () =>
        req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)),
      );
      req.on('error', error => reject(unreachableError(clusterName, error)));
      req.end(body);
    });
    if (statusCode < 200 || statusCode >= 300) {
      throw kubeError(clusterName, statusCode, text);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

export type KubeRequester = ReturnType<typeof createKubeRequester>;
