export interface Config {
  authz?: {
    /** The policy decision point used by the permission policy and dry-run. */
    pdp?: {
      /**
       * `wasm`: the committed Rego evaluated in-process; `server`: the same
       * Rego pushed to an OPA server and asked over REST. Default `wasm`.
       */
      engine?: 'wasm' | 'server';
      server?: {
        /** OPA server base URL, e.g. http://opa:8181. */
        baseUrl: string;
        /** Per-request timeout in milliseconds. Default 1000. */
        timeoutMs?: number;
      };
      /** The answer when the PDP cannot decide (unreachable, no data). Default `deny`. */
      fallback?: 'allow' | 'deny';
      /** How often each replica checks the PAP revision. Default 5. */
      refreshIntervalSeconds?: number;
      decisionLog?: {
        /** Ship every decision to the audit log. Default true. */
        enabled?: boolean;
      };
    };
  };
}
