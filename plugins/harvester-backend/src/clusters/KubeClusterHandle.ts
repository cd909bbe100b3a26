import { LoggerService } from '@backstage/backend-plugin-api';
import { AuthenticationError } from '@backstage/errors';
import { ClusterSummary } from '@internal/plugin-harvester-common';
import { HarvesterClusterDefinition } from '@internal/plugin-harvester-node';
import { Request } from 'express';
import { ClusterClient } from '../kube/ClusterClient';
import { DirectReader } from '../kube/DirectReader';
import { KubeClusterClient } from '../kube/KubeClusterClient';
import { serviceTokenOf } from '../kube/kubeConfigFor';
import { ObjectReader } from '../kube/ObjectReader';
import { Setting } from '../kube/types/Setting';
import { WatchCache } from '../kube/WatchCache';
import { ClusterHandle, OIDC_TOKEN_HEADER } from './ClusterHandle';

export type KubeClusterHandleOptions = {
  logger: LoggerService;
  /** How long reads wait for the cache's first lists. */
  cacheSyncTimeoutMs: number;
};

/**
 * A cluster definition brought to life: the service account's client and
 * cache (started at once), and per-request clients for OIDC clusters.
 */
export class KubeClusterHandle implements ClusterHandle {
  readonly name: string;
  readonly serviceClient?: ClusterClient;
  readonly cache?: WatchCache;

  constructor(
    readonly definition: HarvesterClusterDefinition,
    options: KubeClusterHandleOptions,
  ) {
    this.name = definition.name;
    const token = serviceTokenOf(definition);
    if (token) {
      this.serviceClient = KubeClusterClient.create(definition, token);
      this.cache = new WatchCache({
        client: this.serviceClient,
        logger: options.logger.child({ cluster: definition.name }),
        syncTimeoutMs: options.cacheSyncTimeoutMs,
      });
    }
  }

  clientFor(req: Request): ClusterClient {
    if (this.definition.auth.type === 'serviceAccount') {
      return this.serviceClient!;
    }
    const token = req.header(OIDC_TOKEN_HEADER);
    if (!token) {
      throw new AuthenticationError(
        `Cluster ${this.name} acts with your own OIDC token, but the request has no ${OIDC_TOKEN_HEADER} header; sign in to the cluster's identity provider again`,
      );
    }
    return KubeClusterClient.create(this.definition, token);
  }

  readerFor(req: Request): ObjectReader {
    return this.cache ?? new DirectReader(this.clientFor(req));
  }

  summary(): ClusterSummary {
    const { definition, cache } = this;
    const error = cache?.lastError();
    let connection: ClusterSummary['connection'] = 'connected';
    if (error) connection = 'error';
    else if (cache && !cache.isFullySynced()) connection = 'connecting';
    return {
      name: this.name,
      title: definition.title ?? this.name,
      source: definition.source,
      entityRef: definition.entityRef,
      owner: definition.owner,
      url: definition.url,
      authType: definition.auth.type,
      // Without a cache there is no background connection to report on:
      // each user's request connects with their own token.
      connection,
      error,
      version: cache && serverVersionOf(cache),
      unavailableKinds: cache?.unavailableKinds() ?? [],
    };
  }

  stop(): void {
    this.cache?.stop();
  }
}

/** Harvester's version, from its `server-version` Setting. */
function serverVersionOf(cache: WatchCache): string | undefined {
  if (!cache.isSynced('setting')) return undefined;
  const setting = cache
    .snapshot('setting')
    .find(s => s.metadata.name === 'server-version') as Setting | undefined;
  return setting?.value || setting?.default || undefined;
}
