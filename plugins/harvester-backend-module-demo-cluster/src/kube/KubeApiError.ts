/** A Kubernetes `Status` failure body. */
export type KubeStatus = {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: {};
  status: 'Failure';
  message: string;
  reason: string;
  details?: { name?: string; group?: string; kind?: string };
  code: number;
};

const reasons: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  409: 'Conflict',
  410: 'Expired',
  415: 'UnsupportedMediaType',
  422: 'Invalid',
  500: 'InternalError',
};

/**
 * An error the Kubernetes API answers with (or, in the fake servers, is
 * about to answer with): its HTTP code and `Status` body.
 */
export class KubeApiError extends Error {
  readonly code: number;
  readonly reason: string;
  readonly details?: KubeStatus['details'];

  constructor(
    code: number,
    message: string,
    options?: { reason?: string; details?: KubeStatus['details'] },
  ) {
    super(message);
    this.name = 'KubeApiError';
    this.code = code;
    this.reason = options?.reason ?? reasons[code] ?? 'Unknown';
    this.details = options?.details;
  }

  toStatus(): KubeStatus {
    return {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      ...(this.details ? { details: this.details } : {}),
      code: this.code,
    };
  }

  /** From a response: its `Status` body when it has one, else the text. */
  static fromResponse(code: number, body: string): KubeApiError {
    try {
      const status = JSON.parse(body);
      if (status?.kind === 'Status') {
        return new KubeApiError(code, status.message ?? body, {
          reason: status.reason,
          details: status.details,
        });
      }
    } catch {
      // not JSON: a proxy's or a plain-text 404 page
    }
    return new KubeApiError(code, body.trim() || `HTTP ${code}`);
  }
}

export const notFound = (plural: string, name: string, group = '') =>
  new KubeApiError(
    404,
    `${plural}${group ? `.${group}` : ''} "${name}" not found`,
    {
      details: { name, group, kind: plural },
    },
  );

export const conflict = (message: string) => new KubeApiError(409, message);
