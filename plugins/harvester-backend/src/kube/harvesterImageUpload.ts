import { InputError, ServiceUnavailableError } from '@backstage/errors';
import { HarvesterClusterDefinition } from '@internal/plugin-harvester-node';
import { KubeConfig } from '@kubernetes/client-node';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { kubeError, parseStatus, unreachableError } from './kubeErrors';

/** The image a file goes to; its `spec.backend` names the form field Harvester reads. */
export type UploadTarget = {
  namespace: string;
  name: string;
  backend?: string;
};

/** An image's file on its way to a cluster: its bytes as they arrive, read once. */
export type ImageFile = {
  content: Readable;
  sizeBytes: number;
  fileName: string;
};

/**
 * Harvester waits up to a minute for Longhorn's data source before it
 * reads a byte, and answers only once Longhorn has the whole file.
 */
const IDLE_TIMEOUT_MS = 120_000;

/** Harvester's own API: `harvesterApiUrl`, else the origin of the cluster's `url`. */
export function harvesterApiUrlOf(cluster: HarvesterClusterDefinition): string {
  const url = cluster.harvesterApiUrl ?? new URL(cluster.url).origin;
  return url.replace(/\/+$/, '');
}

/**
 * The file as Harvester's UI posts it: multipart/form-data with one part,
 * `chunk` for Longhorn backing images (the default backend) or `file` for
 * CDI, streamed as it arrives. A file that ends short of its size (the
 * caller went away) fails.
 */
function multipartOf(file: ImageFile, backend: string | undefined) {
  const field = backend === 'cdi' ? 'file' : 'chunk';
  const boundary = `portal-${randomBytes(16).toString('hex')}`;
  const fileName = file.fileName.replace(/["\\\r\n]/g, '_');
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const short = (sent: number, cause?: unknown) =>
    new InputError(
      `The upload ended after ${sent} of ${file.sizeBytes} bytes${
        cause instanceof Error ? `: ${cause.message}` : ''
      }`,
    );
  async function* body() {
    yield head;
    let sent = 0;
    try {
      // Not destroyed when the upload stops early: the caller still gets
      // the answer (the rest is read and dropped).
      for await (const chunk of file.content.iterator({
        destroyOnReturn: false,
      })) {
        sent += chunk.length;
        if (sent > file.sizeBytes) throw short(sent);
        yield chunk;
      }
    } catch (error) {
      throw error instanceof InputError ? error : short(sent, error);
    }
    if (sent !== file.sizeBytes) throw short(sent);
    yield tail;
  }
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    length: head.length + file.sizeBytes + tail.length,
    body: Readable.from(body()),
  };
}

/** Harvester's refusal: 401/403 are the cluster's RBAC, anything else its failure. */
function uploadRefused(
  cluster: string,
  apiUrl: string,
  statusCode: number,
  body: string,
): Error {
  const detail = `${apiUrl} answered HTTP ${statusCode}: ${
    parseStatus(body).message || 'no message'
  }`;
  if (statusCode === 401 || statusCode === 403) {
    return kubeError(cluster, statusCode, { message: detail });
  }
  return new ServiceUnavailableError(
    `Cluster ${cluster}'s Harvester API failed the image upload: ${detail}`,
  );
}

/**
 * Harvester's image upload (its UI's `uploadImage`): POST
 * `<harvesterApiUrl>/v1/harvester/harvesterhci.io.virtualmachineimages/<ns>/<name>?action=upload&size=<bytes>`
 * with `File-Size` and the multipart body, with the KubeConfig's TLS
 * settings and token. Resolves when Harvester answers 2xx (the file is
 * stored); the request body is streamed, never held in memory.
 */
export async function postImageUpload(
  connection: { kubeConfig: KubeConfig; cluster: HarvesterClusterDefinition },
  target: UploadTarget,
  file: ImageFile,
): Promise<void> {
  const { kubeConfig, cluster } = connection;
  const apiUrl = harvesterApiUrlOf(cluster);
  const url = new URL(
    `${apiUrl}/v1/harvester/harvesterhci.io.virtualmachineimages/${encodeURIComponent(
      target.namespace,
    )}/${encodeURIComponent(target.name)}`,
  );
  url.searchParams.set('action', 'upload');
  url.searchParams.set('size', String(file.sizeBytes));
  const multipart = multipartOf(file, target.backend);
  const options: https.RequestOptions = {};
  await kubeConfig.applyToHTTPSOptions(options);
  const plain = url.protocol === 'http:';
  // Plain http (the fakes of the demo clusters and tests) takes only the
  // token: the TLS settings and their agent are https's.
  const tls = plain ? { headers: options.headers } : options;
  const transport = plain ? http : https;

  return new Promise<void>((resolve, reject) => {
    let settled = false;
    let answered = false;
    const request = transport.request(url, {
      ...tls,
      method: 'POST',
      headers: {
        ...tls.headers,
        accept: 'application/json',
        'content-type': multipart.contentType,
        'content-length': multipart.length,
        'file-size': file.sizeBytes,
      },
    });
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      if (!error) {
        resolve();
        return;
      }
      multipart.body.destroy();
      request.destroy();
      file.content.resume();
      reject(error);
    };
    // A send that fails once Harvester answered (it stopped reading) is
    // decided by that answer; a file that ended short is the caller's.
    const sendFailed = (error: Error) => {
      if (error instanceof InputError) settle(error);
      else if (!answered) settle(unreachableError(cluster.name, error));
    };
    request.setTimeout(IDLE_TIMEOUT_MS, () =>
      settle(
        unreachableError(
          cluster.name,
          new Error(
            `${apiUrl} made no progress with the upload for ${
              IDLE_TIMEOUT_MS / 1000
            } s`,
          ),
        ),
      ),
    );
    request.on('error', sendFailed);
    request.on('response', response => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', chunk => chunks.push(chunk));
      response.on('error', error =>
        settle(unreachableError(cluster.name, error)),
      );
      response.on('end', () => {
        const statusCode = response.statusCode ?? 0;
        settle(
          statusCode >= 200 && statusCode < 300
            ? undefined
            : uploadRefused(
                cluster.name,
                apiUrl,
                statusCode,
                Buffer.concat(chunks).toString('utf8'),
              ),
        );
      });
    });
    pipeline(multipart.body, request).catch(sendFailed);
  });
}
