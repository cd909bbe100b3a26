/**
 * An object such as `{ minutes: 5 }`, an ISO 8601 duration (`PT5M`) or a
 * ms-style string (`5m`).
 */
type Duration =
  | string
  | {
      years?: number;
      months?: number;
      weeks?: number;
      days?: number;
      hours?: number;
      minutes?: number;
      seconds?: number;
      milliseconds?: number;
    };

export interface Config {
  authz?: {
    /** Mirroring catalog Users and Groups into the PAP. */
    catalogSync?: {
      /** How often the sync runs, once across all replicas. Default `{ minutes: 5 }`. */
      frequency?: Duration;
      /** How long after startup the first sync runs. Default `{ seconds: 15 }`. */
      initialDelay?: Duration;
    };
    bootstrap?: {
      /**
       * User and group entity refs that hold the "Platform Administrator"
       * role. Attached at every start when missing, never detached. Default
       * none.
       */
      administrators?: string[];
    };
  };
}
