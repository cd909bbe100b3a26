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
    audit?: {
      /** The retention setting's first value, in days. Default 90. */
      retentionDays?: number;
      /** How often expired entries are deleted, once across replicas. Default `{ hours: 1 }`. */
      retentionFrequency?: Duration;
      /**
       * The lowest severity of other plugins' auditor events that reach the
       * audit log. Default `medium` (`low` adds every read).
       */
      auditorMinimumSeverity?: 'low' | 'medium' | 'high' | 'critical';
    };
    /**
     * Plugins whose permission metadata `GET /permissions` collects. Default:
     * catalog, scaffolder, kubernetes, search, notifications, authz,
     * harvester, data-catalog, ai-ops.
     */
    permissionSources?: string[];
  };
}
