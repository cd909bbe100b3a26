import { ResponseError } from '@backstage/errors';

/**
 * What to tell the admin. For a server error this is the server's own
 * message: a 403 names the denying policy and the decision id.
 */
export function describeError(error: unknown): string {
  if (error instanceof ResponseError) {
    return error.body?.error?.message || error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
