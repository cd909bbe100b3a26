export interface Config {
  aiOps?: {
    /**
     * The Kubernetes Jobs executor (id `kubernetes`); without this key the
     * module adds nothing. Queues whose `executor` is `kubernetes` run
     * their tasks as Jobs in this cluster.
     */
    kubernetes?: {
      /** API server URL, e.g. https://kubernetes.default.svc. */
      url: string;
      /**
       * Bearer token of a service account that may create, read and delete
       * Jobs and read Pods and their logs in `namespace`.
       * @visibility secret
       */
      token: string;
      /** Base64 PEM of the API server's CA; unset trusts the system's CAs. */
      caData?: string;
      /** Skip TLS verification (tests only). Default false. */
      skipTLSVerify?: boolean;
      /** Namespace the Jobs go to. Default `default`. */
      namespace?: string;
      /**
       * Image for the built-in task programs (which it must hold under
       * `/tasks`). Default `node:24-alpine`.
       */
      image?: string;
      /** Jobs this backend keeps running at once. Default 20. */
      maxParallel?: number;
      /** How often a Job's status is read. Default 2 seconds. */
      pollIntervalSeconds?: number;
      /** Service account the Jobs' pods run as. */
      serviceAccountName?: string;
    };
  };
}
