import { ResponseError } from '@backstage/errors';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { HarvesterClient, OIDC_TOKEN_HEADER } from './HarvesterClient';
import type { UploadProgress } from './types';

type Received = {
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
};

/**
 * A stand-in for the harvester backend's upload route on a real socket, so
 * the browser's XMLHttpRequest (jsdom's) sends to it as to the backend:
 * CORS answered, the request recorded, `answer` sent back.
 */
async function startBackend(answer: { status: number; body: object }) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    if (req.method === 'OPTIONS') {
      res.setHeader('access-control-allow-methods', 'POST');
      res.setHeader(
        'access-control-allow-headers',
        `authorization, content-type, ${OIDC_TOKEN_HEADER}`,
      );
      res.end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', () => {
      received.push({
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
      });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>(resolve =>
    server.listen(0, '127.0.0.1', () => resolve()),
  );
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/api/harvester`,
    received,
    close: () => new Promise(resolve => server.close(resolve)),
  };
}

function clientFor(base: string, oidcClusters: string[] = []) {
  return new HarvesterClient({
    discoveryApi: { getBaseUrl: async () => base },
    fetchApi: {
      // Only the cluster list goes through fetch here.
      fetch: (async () =>
        new Response(
          JSON.stringify(
            oidcClusters.map(name => ({ name, authType: 'oidc' })),
          ),
        )) as unknown as typeof globalThis.fetch,
    },
    identityApi: { getCredentials: async () => ({ token: 'backstage-token' }) },
    oidcToken: async () => 'id-token',
  });
}

describe('HarvesterClient.uploadImage', () => {
  const target = { cluster: 'lab', namespace: 'default' };
  const file = new File(['qcow2 bytes'], 'noble.qcow2');

  it('sends the file as the body with the Backstage token, reporting progress', async () => {
    const backend = await startBackend({
      status: 201,
      body: { name: 'image-x', state: 'Active' },
    });
    try {
      const progress: UploadProgress[] = [];
      const image = await clientFor(backend.base, ['lab']).uploadImage(
        target,
        file,
        { displayName: 'Noble', tags: ['os=linux', 'lts'] },
        { onProgress: p => progress.push(p) },
      );
      expect(image).toEqual({ name: 'image-x', state: 'Active' });
      const [sent] = backend.received;
      expect(sent.url).toBe(
        '/api/harvester/clusters/lab/namespaces/default/images/upload?fileName=noble.qcow2&displayName=Noble&tags=os%3Dlinux%2Clts',
      );
      expect(sent.headers).toMatchObject({
        authorization: 'Bearer backstage-token',
        'content-type': 'application/octet-stream',
        'content-length': String(file.size),
        [OIDC_TOKEN_HEADER]: 'id-token',
      });
      expect(sent.body.toString()).toBe('qcow2 bytes');
      expect(progress[progress.length - 1]).toEqual({
        sentBytes: file.size,
        totalBytes: file.size,
      });
    } finally {
      await backend.close();
    }
  });

  it("throws the server's refusal as a ResponseError", async () => {
    const backend = await startBackend({
      status: 409,
      body: {
        error: { name: 'ConflictError', message: 'Noble exists' },
        response: { statusCode: 409 },
      },
    });
    try {
      const error = await clientFor(backend.base)
        .uploadImage(target, file, { displayName: 'Noble' })
        .catch(e => e);
      expect(error).toBeInstanceOf(ResponseError);
      expect(error.body.error.message).toBe('Noble exists');
      expect(backend.received[0].headers[OIDC_TOKEN_HEADER]).toBeUndefined();
    } finally {
      await backend.close();
    }
  });

  it('cancels when its signal aborts', async () => {
    const abort = new AbortController();
    abort.abort();
    await expect(
      clientFor('http://127.0.0.1:9/api/harvester').uploadImage(
        target,
        file,
        { displayName: 'Noble' },
        { signal: abort.signal },
      ),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
