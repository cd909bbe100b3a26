import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { EntityFeedPage } from '@internal/plugin-data-catalog-common';

/**
 * The data-catalog backend's entity feed over HTTP, called as this plugin's
 * own service principal (the feed answers service principals only).
 */
export class EntityFeedClient {
  constructor(
    private readonly deps: { discovery: DiscoveryService; auth: AuthService },
  ) {}

  async read(after: number, limit: number): Promise<EntityFeedPage> {
    return this.request(`/entity-feed?after=${after}&limit=${limit}`);
  }

  async cursor(consumer: string): Promise<number> {
    const { seq } = await this.request<{ seq: number }>(
      `/entity-feed/cursor?consumer=${encodeURIComponent(consumer)}`,
    );
    return seq;
  }

  async ack(consumer: string, seq: number): Promise<void> {
    await this.request('/entity-feed/ack', {
      method: 'POST',
      body: JSON.stringify({ consumer, seq }),
    });
  }

  private async request<T>(path: string, init: RequestInit = {}): Promise<T> {
    const { discovery, auth } = this.deps;
    const baseUrl = await discovery.getBaseUrl('data-catalog');
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'data-catalog',
    });
    const response = await fetch(`${baseUrl}${path}`, {
      ...init,
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
      },
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as T;
  }
}
