import type { ClusterSummary } from '@internal/plugin-harvester-common';

/** Which clusters a request reaches: named ones, or every cluster. */
export type Reach = string[] | 'all';

/**
 * Which requests carry the user's OIDC ID token: those reaching a cluster
 * that acts as the user (`authType: oidc`). The cluster list is asked for
 * once, and refreshed whenever the UI lists the clusters anyway.
 */
export class OidcTokens {
  readonly #token?: () => Promise<string | undefined>;
  readonly #listClusters: () => Promise<ClusterSummary[]>;
  #oidcClusters?: Promise<Set<string>>;

  constructor(
    token: (() => Promise<string | undefined>) | undefined,
    listClusters: () => Promise<ClusterSummary[]>,
  ) {
    this.#token = token;
    this.#listClusters = listClusters;
  }

  /** Remembers the clusters from a fresh list. */
  remember(clusters: ClusterSummary[]) {
    this.#oidcClusters = Promise.resolve(oidcClusterNames(clusters));
  }

  /** The token for a request reaching `reach`, if it needs one. */
  async tokenFor(reach: Reach): Promise<string | undefined> {
    if (!this.#token || (reach !== 'all' && reach.length === 0)) {
      return undefined;
    }
    this.#oidcClusters ??= this.#listClusters().then(
      clusters => oidcClusterNames(clusters),
      () => new Set<string>(),
    );
    const oidc = await this.#oidcClusters;
    const reached = reach === 'all' ? [...oidc] : reach;
    if (!reached.some(cluster => oidc.has(cluster))) return undefined;
    return (await this.#token()) || undefined;
  }
}

function oidcClusterNames(clusters: ClusterSummary[]): Set<string> {
  return new Set(clusters.filter(c => c.authType === 'oidc').map(c => c.name));
}
