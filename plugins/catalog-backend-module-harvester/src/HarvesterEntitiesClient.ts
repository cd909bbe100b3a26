import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';

/** What the harvester backend's `GET /entities` answers. */
export type HarvesterEntities = {
  entities: Entity[];
  /** Clusters whose VMs could not be read now. */
  unavailableClusters: string[];
};

/** Longer than the backend's cache sync wait, shorter than the task timeout. */
const TIMEOUT_MS = 40_000;

/**
 * The harvester backend's entity route over HTTP, called as this plugin's
 * own service principal (the route answers service principals only).
 */
export class HarvesterEntitiesClient {
  constructor(
    private readonly deps: { discovery: DiscoveryService; auth: AuthService },
  ) {}

  async read(): Promise<HarvesterEntities> {
    const { discovery, auth } = this.deps;
    const baseUrl = await discovery.getBaseUrl('harvester');
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'harvester',
    });
    const response = await fetch(`${baseUrl}/entities`, {
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    const body = (await response.json()) as Partial<HarvesterEntities>;
    if (!Array.isArray(body.entities)) {
      throw new Error(`${baseUrl}/entities answered without an entities list`);
    }
    return {
      entities: body.entities,
      unavailableClusters: body.unavailableClusters ?? [],
    };
  }
}
