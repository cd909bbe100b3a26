import { KindKey } from './resourceKinds';
import { KubeObject } from './KubeObject';

/**
 * How areas read a cluster: from its watch-backed cache when the cluster has
 * one (service account), else straight from the API server with the
 * caller's own token (OIDC without a cache token).
 */
export interface ObjectReader {
  /** Every object of the kind (optionally one namespace). */
  list(kind: KindKey, namespace?: string): Promise<KubeObject[]>;
  get(
    kind: KindKey,
    namespace: string | undefined,
    name: string,
  ): Promise<KubeObject | undefined>;
}
