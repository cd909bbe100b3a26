import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';

const TIMEOUT_MS = 30_000;

/**
 * The ai-ops backend's `GET /entities` over HTTP, called as this plugin's
 * own service principal (the route answers service principals only).
 */
export class AiOpsEntitiesClient {
  constructor(
    private readonly deps: { discovery: DiscoveryService; auth: AuthService },
  ) {}

  /** Every pipeline and dataset of the workspaces in use. */
  async read(): Promise<Entity[]> {
    const { discovery, auth } = this.deps;
    const baseUrl = await discovery.getBaseUrl('ai-ops');
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'ai-ops',
    });
    const response = await fetch(`${baseUrl}/entities`, {
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    const answer = (await response.json()) as { entities?: unknown };
    if (!Array.isArray(answer.entities)) {
      throw new Error(`${baseUrl}/entities answered without an entities list`);
    }
    return answer.entities as Entity[];
  }
}
