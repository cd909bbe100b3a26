import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';

/** An answer the caller decides about (e.g. a 409 a retry expects). */
export type AiOpsAnswer<T> = { status: number; body: T };

/**
 * The ai-ops backend's HTTP API, called on behalf of the user who runs the
 * template: the Access policy and the audit log see that user, not the
 * scaffolder.
 */
export class AiOpsApiClient {
  constructor(
    private readonly deps: { discovery: DiscoveryService; auth: AuthService },
  ) {}

  /** The answer of a 2xx, or the status codes in `accept`; else throws. */
  async call<T>(options: {
    method: 'GET' | 'POST';
    path: string;
    body?: object;
    onBehalfOf: BackstageCredentials;
    accept?: number[];
  }): Promise<AiOpsAnswer<T>> {
    const { token } = await this.deps.auth.getPluginRequestToken({
      onBehalfOf: options.onBehalfOf,
      targetPluginId: 'ai-ops',
    });
    const baseUrl = await this.deps.discovery.getBaseUrl('ai-ops');
    const response = await fetch(`${baseUrl}${options.path}`, {
      method: options.method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(options.body && { 'content-type': 'application/json' }),
      },
      body: options.body && JSON.stringify(options.body),
    });
    if (response.ok || options.accept?.includes(response.status)) {
      return { status: response.status, body: (await response.json()) as T };
    }
    // The step log should say why (e.g. the denying policy), not just 403.
    const error = await ResponseError.fromResponse(response);
    throw new Error(
      `${options.method} ${options.path} failed (${response.status}): ${error.body.error.message}`,
      { cause: error },
    );
  }
}

/** `/workspaces/<ws>/<segments…>`, each part URL-encoded. */
export function workspacePath(workspace: string, ...segments: string[]) {
  return ['', 'workspaces', workspace, ...segments]
    .map(part => encodeURIComponent(part))
    .join('/');
}
