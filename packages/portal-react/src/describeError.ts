import { ResponseError } from '@backstage/errors';

/**
 * The message to show for a failed request: the server's own words (a 400
 * names the field, a 409 says what is in the way, a 403 the policy).
 */
export function describeError(error: unknown): string {
  if (error instanceof ResponseError) {
    const serverMessage = error.body?.error?.message;
    return serverMessage ? String(serverMessage) : error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
