import type { UploadProgress } from './types';

/** Answers without a body may not be given one. */
const NO_BODY = new Set([204, 205, 304]);

/**
 * POSTs `body` with XMLHttpRequest, the browser API that reports upload
 * progress (fetch does not), and resolves to the answer as a `Response`,
 * so it is read like any other. Aborting `signal` cancels the upload and
 * rejects with an AbortError.
 */
export function postWithProgress(request: {
  url: string;
  headers: Record<string, string>;
  body: Blob;
  onProgress?(progress: UploadProgress): void;
  signal?: AbortSignal;
}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const aborted = () =>
      new DOMException('The upload was cancelled', 'AbortError');
    if (request.signal?.aborted) {
      reject(aborted());
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', request.url);
    for (const [name, value] of Object.entries(request.headers)) {
      xhr.setRequestHeader(name, value);
    }
    const totalBytes = request.body.size;
    xhr.upload.addEventListener('progress', event =>
      request.onProgress?.({ sentBytes: event.loaded, totalBytes }),
    );
    // Fired once the whole body is sent, whatever the last progress said.
    xhr.upload.addEventListener('load', () =>
      request.onProgress?.({ sentBytes: totalBytes, totalBytes }),
    );
    xhr.addEventListener('load', () => {
      const contentType = xhr.getResponseHeader('content-type');
      resolve(
        new Response(NO_BODY.has(xhr.status) ? null : xhr.responseText, {
          status: xhr.status,
          statusText: xhr.statusText,
          headers: contentType ? { 'content-type': contentType } : {},
        }),
      );
    });
    xhr.addEventListener('error', () =>
      reject(new Error(`The upload to ${request.url} failed: network error`)),
    );
    xhr.addEventListener('abort', () => reject(aborted()));
    request.signal?.addEventListener('abort', () => xhr.abort(), {
      once: true,
    });
    xhr.send(request.body);
  });
}
