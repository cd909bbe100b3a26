export interface Config {
  harvester?: {
    /**
     * Clusters managed in config. Default none. Catalog entities of
     * `kind: Resource`, `spec.type: harvester-cluster` add more.
     */
    clusters?: Array<{
      /** Lower-case letters, digits and dashes; part of every object ref. */
      name: string;
      title?: string;
      /** Kubernetes API URL, e.g. `https://<vip>:6443`. */
      url: string;
      /** Base64 PEM of the API server's CA; default the system's CAs. */
      caData?: string;
      /** Default false. Only for test clusters. */
      skipTLSVerify?: boolean;
      /** Owner entity ref of the cluster and of VMs that name none. */
      owner?: string;
      /** Harvester UI base URL for console links; default `url` without the port. */
      dashboardUrl?: string;
      /**
       * Base URL of Harvester's own API (`/v1/harvester/...`, image
       * uploads), e.g. `https://<vip>`; default the origin of `url`.
       */
      harvesterApiUrl?: string;
      /** Prometheus HTTP API base URL for history charts; default none. */
      prometheusUrl?: string;
      auth:
        | {
            type: 'serviceAccount';
            /**
             * The service account's token, e.g. `${HARVESTER_PROD_TOKEN}`.
             * @visibility secret
             */
            token: string;
          }
        | {
            /** Act with the signed-in user's OIDC token (header x-harvester-oidc-token). */
            type: 'oidc';
            /**
             * Optional token that feeds the shared read cache.
             * @visibility secret
             */
            serviceAccountToken?: string;
          };
    }>;
    /**
     * Named credentials that catalog-registered clusters refer to with the
     * `platform-portal.dev/harvester-credentials` annotation. Default none.
     */
    credentials?: {
      [name: string]: {
        type: 'serviceAccount' | 'oidc';
        /** @visibility secret */
        token?: string;
      };
    };
    /** How often clusters are re-read from config sources and the catalog. Default 60 s. */
    clusterRefreshSeconds?: number;
    /** How long a list waits for a cluster's cache to fill on start. Default 10 s. */
    cacheSyncTimeoutSeconds?: number;
  };
}
