import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { DecisionRecord, PdpData } from '@internal/plugin-authz-common';

/**
 * Talks to the authz backend as this plugin (a service principal): fetches
 * the PAP data the PDP evaluates and ships decision records to the audit log.
 */
export class AuthzApiClient {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly auth: AuthService,
  ) {}

  async fetchPdpData(): Promise<PdpData> {
    return (await this.request('GET', '/pdp/bundle')) as PdpData;
  }

  async fetchRevision(): Promise<number> {
    const body = (await this.request('GET', '/pdp/revision')) as {
      revision: number;
    };
    return body.revision;
  }

  async postDecisions(items: DecisionRecord[]): Promise<void> {
    await this.request('POST', '/audit/decisions', { items });
  }

  private async request(method: string, path: string, body?: unknown) {
    const { token } = await this.auth.getPluginRequestToken({
      onBehalfOf: await this.auth.getOwnServiceCredentials(),
      targetPluginId: 'authz',
    });
    const baseUrl = await this.discovery.getBaseUrl('authz');
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response.status === 204 ? undefined : response.json();
  }
}
