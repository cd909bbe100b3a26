export interface Config {
  harvester?: {
    /**
     * SIMULATED Harvester clusters for the embedded default
     * (harvester-backend-module-demo-cluster).
     */
    demoCluster?: {
      /**
       * Starts two simulated clusters, `demo-east` and `demo-west`, and
       * registers them with the harvester backend. Default false.
       */
      enabled?: boolean;
      /**
       * Port of the first cluster's fake Kubernetes API on 127.0.0.1; the
       * second uses the next one. Default free ports.
       */
      port?: number;
    };
  };
}
