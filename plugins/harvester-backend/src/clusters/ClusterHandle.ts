import { HarvesterClusterDefinition } from '@internal/plugin-harvester-node';
import { ClusterSummary } from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { ClusterCache } from '../kube/ClusterCache';
import { ClusterClient } from '../kube/ClusterClient';
import { ObjectReader } from '../kube/ObjectReader';

/** Header the frontend sets with the user's OIDC token for `oidc` clusters. */
export const OIDC_TOKEN_HEADER = 'x-harvester-oidc-token';

/** One connected cluster: its definition, clients and cache. */
export interface ClusterHandle {
  readonly name: string;
  readonly definition: HarvesterClusterDefinition;
  /** The cache; undefined for OIDC clusters without a service-account token. */
  readonly cache?: ClusterCache;
  /**
   * The client to act with for this request: the service account's, or
   * for an `oidc` cluster one carrying the caller's token (401
   * AuthenticationError when the request has none).
   */
  clientFor(req: Request): ClusterClient;
  /** Reads for this request: the cache when present, else `clientFor(req)`. */
  readerFor(req: Request): ObjectReader;
  /** The service account's client (background work); undefined for pure OIDC. */
  readonly serviceClient?: ClusterClient;
  summary(): ClusterSummary;
}
