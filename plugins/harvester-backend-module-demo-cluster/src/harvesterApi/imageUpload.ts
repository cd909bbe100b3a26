import { IncomingMessage, ServerResponse } from 'node:http';
import { sendError } from '../kube/httpMessages';
import { KubeApiError, notFound } from '../kube/KubeApiError';
import { KubeObject } from '../kube/KubeObject';
import { KubeResources } from '../kube/KubeResources';
import { multipartBoundary, readMultipart } from './readMultipart';
import { UploadStatus } from './UploadStatus';

const PATH =
  /^\/v1\/harvester\/harvesterhci\.io\.virtualmachineimages\/([^/]+)\/([^/]+)$/;

/** Longhorn writes backing images with direct I/O. */
const SECTOR_BYTES = 512;

export type ImageUploadTarget = { namespace: string; name: string };

/** The image a request to Harvester's upload action names, if it is one. */
export function matchImageUpload(url: URL): ImageUploadTarget | undefined {
  const match = PATH.exec(url.pathname);
  if (!match || url.searchParams.get('action') !== 'upload') return undefined;
  const [, namespace, name] = match.map(decodeURIComponent);
  return { namespace, name };
}

/** An error of Harvester's API (Steve) before its handler runs: JSON. */
export function sendSteveError(res: ServerResponse, error: unknown) {
  sendError(res, error, apiError => ({
    type: 'error',
    status: apiError.code,
    code: apiError.reason,
    message: apiError.message,
  }));
}

/** `?size=` as Longhorn parses it, with its sector rule. */
function uploadSize(raw: string | null): number {
  if (!raw || !/^\d+$/.test(raw)) {
    throw new Error(`strconv.ParseInt: parsing "${raw ?? ''}": invalid syntax`);
  }
  const size = Number(raw);
  if (size % SECTOR_BYTES !== 0) {
    throw new Error(
      `the uploaded file size ${size} should be a multiple of ${SECTOR_BYTES} bytes since Longhorn uses directIO by default`,
    );
  }
  return size;
}

/**
 * Longhorn's data source (CDI's upload proxy for a `cdi` image): the
 * form part `chunk` (`file`), counted as it streams in.
 */
async function receiveFile(
  image: KubeObject,
  status: UploadStatus,
  size: number,
  req: IncomingMessage,
): Promise<void> {
  const boundary = multipartBoundary(req.headers['content-type']);
  const fileField = image.spec?.backend === 'cdi' ? 'file' : 'chunk';
  let received = 0;
  // Not destroyed on a failure: the sender still gets the answer.
  const body = req.iterator({ destroyOnReturn: false });
  const fields = await readMultipart(body, boundary, async (field, data) => {
    if (field !== fileField) return;
    received += data.length;
    if (received > size) {
      throw new Error(`the uploaded data exceeds the file size ${size}`);
    }
    await status.received(data, received, size);
  });
  if (!fields.includes(fileField)) {
    throw new Error(
      `cannot get the uploaded data since the upload request doesn't contain form '${fileField}'`,
    );
  }
  if (received !== size) {
    throw new Error(
      `the uploaded file of image ${image.metadata.name} has ${received} bytes, not ${size}`,
    );
  }
}

/**
 * Harvester's upload action (`POST /v1/harvester/harvesterhci.io.virtualmachineimages/<ns>/<name>?action=upload&size=<bytes>`,
 * multipart/form-data with the file in the part `chunk`, or `file` for a
 * `cdi` image) over `api`:
 * a missing image is Steve's JSON 404; then Longhorn's checks, the file
 * counted as it streams and the image's status moved along, answered 200
 * with no body once the file is whole. A failed upload marks the image
 * (`Imported` False, `UploadFailed`) and answers 500 with the error text,
 * as Harvester's handler does.
 */
export async function serveImageUpload(
  api: KubeResources,
  target: ImageUploadTarget,
  query: URLSearchParams,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let image: KubeObject | undefined;
  try {
    if (req.method !== 'POST') {
      throw new KubeApiError(405, `Unsupported method ${req.method}`);
    }
    image = await api.get('image', target.namespace, target.name);
    if (!image) {
      throw notFound('virtualmachineimages', target.name, 'harvesterhci.io');
    }
  } catch (error) {
    sendSteveError(res, error);
    return;
  }
  try {
    if (image.spec?.sourceType !== 'upload') {
      throw new Error(
        `image ${target.namespace}/${target.name} is a ${image.spec?.sourceType} image, not an upload`,
      );
    }
    const status = new UploadStatus(api, image);
    try {
      const size = uploadSize(query.get('size'));
      await receiveFile(image, status, size, req);
      await status.imported(size);
    } catch (error) {
      await status.failed(error instanceof Error ? error.message : `${error}`);
      throw error;
    }
    res.writeHead(200);
    res.end();
  } catch (error) {
    // The rest of the file is read and dropped, so the sender gets the answer.
    req.resume();
    if (res.headersSent || res.destroyed) return;
    const text = error instanceof Error ? error.message : String(error);
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(text);
  }
}
