import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';

/** The API server's answer, kept as the `cause` of the mapped error. */
export class KubeStatusError extends Error {
  name = 'KubeStatusError';
  constructor(
    readonly statusCode: number,
    message: string,
    readonly reason?: string,
  ) {
    super(message);
  }
}

/** A `metav1.Status` body, or the bits of one a server error carries. */
export type KubeStatus = { code?: number; message?: string; reason?: string };

/** A JSON error body (the API server's `Status`, Steve's error), else the text. */
export function parseStatus(body: string): KubeStatus {
  try {
    const parsed = JSON.parse(body);
    return typeof parsed === 'object' && parsed ? parsed : {};
  } catch {
    return { message: body.slice(0, 500) };
  }
}

/**
 * The @backstage/errors class for an API server's error answer, naming the
 * cluster; 401/403 say that the cluster (its RBAC), not the portal's policy,
 * refused.
 */
export function kubeError(
  cluster: string,
  statusCode: number,
  statusOrBody: KubeStatus | string,
): Error {
  const status =
    typeof statusOrBody === 'string' ? parseStatus(statusOrBody) : statusOrBody;
  const detail = status.message || status.reason || `HTTP ${statusCode}`;
  const cause = new KubeStatusError(statusCode, detail, status.reason);
  switch (statusCode) {
    case 400:
    case 422:
      return new InputError(
        `Cluster ${cluster} rejected the request: ${detail}`,
        cause,
      );
    case 401:
    case 403:
      return new NotAllowedError(
        `Cluster ${cluster} refused the request (its own RBAC, not the portal policy): ${detail}`,
        cause,
      );
    case 404:
      return new NotFoundError(`Cluster ${cluster}: ${detail}`, cause);
    case 409:
    case 410:
      return new ConflictError(`Cluster ${cluster}: ${detail}`, cause);
    default:
      return new ServiceUnavailableError(
        `Cluster ${cluster} failed the request: ${detail}`,
        cause,
      );
  }
}

/** A transport failure (refused, timed out, TLS) talking to the cluster. */
export function unreachableError(cluster: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new ServiceUnavailableError(
    `Cluster ${cluster} is unreachable: ${message}`,
    error instanceof Error ? error : undefined,
  );
}

/** The API server's HTTP status behind an error from the client, if any. */
export function kubeStatusCode(error: unknown): number | undefined {
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  return cause instanceof KubeStatusError ? cause.statusCode : undefined;
}
