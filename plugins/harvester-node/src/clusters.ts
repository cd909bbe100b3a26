import { createExtensionPoint } from '@backstage/backend-plugin-api';

/** How the portal authenticates to a cluster's Kubernetes API. */
export type HarvesterClusterAuth =
  | {
      type: 'serviceAccount';
      /** The bearer token itself (already resolved from its secret reference). */
      token: string;
    }
  | {
      /**
       * Requests carry the caller's OIDC token, so the cluster's RBAC applies
       * to each user. A service-account token, when given, feeds the shared
       * read cache; without one every list goes to the API server directly.
       */
      type: 'oidc';
      serviceAccountToken?: string;
    };

/** One Harvester cluster the backend connects to. */
export type HarvesterClusterDefinition = {
  /** Unique, DNS-label-like: it appears in every object ref. */
  name: string;
  title?: string;
  /** Kubernetes API URL of the cluster (Harvester's VIP: `https://<vip>:6443`). */
  url: string;
  auth: HarvesterClusterAuth;
  /** Base64 PEM CA of the API server; default the system's CAs. */
  caData?: string;
  skipTLSVerify?: boolean;
  /** Owner entity ref: owner of VMs that name none and of the cluster entity. */
  owner?: string;
  /** Where the definition came from. */
  source: 'config' | 'catalog';
  /** The cluster's catalog entity, when it came from the catalog. */
  entityRef?: string;
  /** Harvester UI base URL, for console links; default derived from `url`. */
  dashboardUrl?: string;
  /**
   * Base URL of Harvester's own (Steve) API, `https://<vip>`, that serves
   * `/v1/harvester/...` (image uploads); default the origin of `url`.
   */
  harvesterApiUrl?: string;
  /** Prometheus HTTP API base URL for history charts; none means metrics.k8s.io only. */
  prometheusUrl?: string;
};

/** Something that knows clusters beyond `harvester.clusters` and the catalog. */
export interface HarvesterClusterSource {
  /** Called on start and on every refresh; must be cheap and side-effect free. */
  getClusters(): Promise<HarvesterClusterDefinition[]>;
}

export interface HarvesterClustersExtensionPoint {
  addClusterSource(source: HarvesterClusterSource): void;
}

/** Lets modules add Harvester clusters (a demo cluster, a discovery service). */
export const harvesterClustersExtensionPoint =
  createExtensionPoint<HarvesterClustersExtensionPoint>({
    id: 'harvester.clusters',
  });
