import { IncomingMessage, ServerResponse } from 'node:http';
import { KubeApiError } from './KubeApiError';

const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** The request body as text; a 413-sized body is refused. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new KubeApiError(413, 'request entity too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The request body as JSON; a 400 `Status` when it is not. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new KubeApiError(400, `the request body is not valid JSON: ${error}`);
  }
}

export function sendJson(res: ServerResponse, code: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(code, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * Answers a `KubeApiError` with the body `toBody` makes of it (a Kubernetes
 * `Status` unless told), anything else as a 500. A response already under
 * way can only be cut off.
 */
export function sendError(
  res: ServerResponse,
  error: unknown,
  toBody: (error: KubeApiError) => unknown = e => e.toStatus(),
) {
  const apiError =
    error instanceof KubeApiError
      ? error
      : new KubeApiError(500, `internal error: ${error}`);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, apiError.code, toBody(apiError));
}
