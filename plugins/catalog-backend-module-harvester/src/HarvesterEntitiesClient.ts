import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';

/** What the harvester backend's `GET /entities` and `POST /entities/vms` answer. */
export type HarvesterEntities = {
  entities: Entity[];
  /** Clusters whose VMs could not be read now. */
  unavailableClusters: string[];
};

/** Longer than the backend's cache sync wait, shorter than the task timeout. */
const TIMEOUT_MS = 40_000;

/**
 * The harvester backend's entity routes over HTTP, called as this plugin's
 * own service principal (the routes answer service principals only).
 */
export class HarvesterEntitiesClient {
  constructor(
    private readonly deps: { discovery: DiscoveryService; auth: AuthService },
  ) {}

  /** Every cluster and VM. */
  read(): Promise<HarvesterEntities> {
    return this.fetchEntities('/entities');
  }

  /** Just these VMs (`<cluster>/<namespace>/<name>`); those gone are left out. */
  readVms(vms: string[]): Promise<HarvesterEntities> {
    return this.fetchEntities('/entities/vms', { vms });
  }

  /** GET `path`, or POST `body` as JSON to it. */
  private async fetchEntities(
    path: string,
    body?: object,
  ): Promise<HarvesterEntities> {
    const { discovery, auth } = this.deps;
    const baseUrl = await discovery.getBaseUrl('harvester');
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'harvester',
    });
    const response = await fetch(`${baseUrl}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body && { 'Content-Type': 'application/json' }),
      },
      body: body && JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    const answer = (await response.json()) as Partial<HarvesterEntities>;
    if (!Array.isArray(answer.entities)) {
      throw new Error(`${baseUrl}${path} answered without an entities list`);
    }
    return {
      entities: answer.entities,
      unavailableClusters: answer.unavailableClusters ?? [],
    };
  }
}
