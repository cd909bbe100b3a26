import { ClusterClient } from './ClusterClient';
import { KubeObject } from './KubeObject';
import { ObjectReader } from './ObjectReader';
import { KindKey } from './resourceKinds';

/**
 * Reads straight from the API server, e.g. with a user's own OIDC token
 * where no shared cache may serve them.
 */
export class DirectReader implements ObjectReader {
  constructor(private readonly client: ClusterClient) {}

  async list(kind: KindKey, namespace?: string): Promise<KubeObject[]> {
    return (await this.client.list(kind, { namespace })).items;
  }

  get(
    kind: KindKey,
    namespace: string | undefined,
    name: string,
  ): Promise<KubeObject | undefined> {
    return this.client.get(kind, namespace, name);
  }
}
