import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

/**
 * An object such as `{ minutes: 5 }`, an ISO 8601 duration (`PT5M`) or a
 * ms-style string (`5m`).
 */
type Duration =
  | string
  | {
      weeks?: number;
      days?: number;
      hours?: number;
      minutes?: number;
      seconds?: number;
      milliseconds?: number;
    };

export interface Config {
  dataCatalog?: {
    /**
     * Sources managed in config: read-only through the API, upserted at every
     * start, released (kept, editable) when removed from here. Same fields as
     * `POST /sources`. Default none.
     */
    sources?: Array<{
      /** Lower-case letters, digits, dashes; it becomes the catalog namespace. */
      id: string;
      title: string;
      description?: string;
      /** `postgresql`, `mysql`, `sqlite` or a module's platform. */
      platform: string;
      connection: {
        /** Host name; for `sqlite` the database file's path. */
        host: string;
        port: number;
        user: string;
        /** `env:NAME` or `file:/path`, never the password itself. */
        passwordRef?: string;
        /** Databases to read; default every one the user may connect to. */
        databases?: string[];
        /** Schemas to skip besides the system ones. Default none. */
        excludeSchemas?: string[];
        /** Default false. */
        ssl?: boolean;
      };
      /** Entity ref of the default owner of every asset. */
      owner: string;
      domain?: string;
      location?: string;
      /** Five-field cron (UTC). Default: only manual syncs. */
      schedule?: string;
      /** Default true. */
      enabled?: boolean;
      /** Read query history (pg_stat_statements / digests). Default true. */
      collectQueries?: boolean;
    }>;
    /**
     * The embedded default's demo warehouse: a SQLite file built from
     * `demo/warehouse.sql` and registered as the config-managed source
     * `demo-warehouse`. Default off.
     */
    demo?: {
      /** Where the SQLite file is written (relative to the backend's folder). */
      databaseFile?: string;
      /** Owner of the demo's assets. Default `group:default/data-engineering`. */
      owner?: string;
    };
    ingestion?: {
      /** A sync without a heartbeat for this long is interrupted. Default 30 minutes. */
      staleRunTimeout?: Duration;
      /** Assets written per transaction. Default 500. */
      batchSize?: number;
    };
    lineage?: {
      /** `sql` (the plugin's database, default) or `neo4j`. */
      store?: 'sql' | 'neo4j';
      /** Required when `store` is `neo4j`. */
      neo4j?: {
        /** e.g. `bolt://neo4j:7687`. */
        url: string;
        username: string;
        /** @visibility secret */
        password: string;
        /** Default: the server's default database. */
        database?: string;
      };
    };
    profiling?: {
      /** Rows sampled per table. Default 1000. */
      sampleRows?: number;
      /** Tables profiled per run, least recently profiled first. Default 200. */
      maxTablesPerRun?: number;
      /** Default every hour, first run 30 s after start, timeout 30 minutes. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    quality?: {
      /** Data older than this fails the freshness check. Default 24. */
      freshnessHours?: number;
      /** Tables whose quality is recomputed per run. Default 5000. */
      maxTablesPerRun?: number;
    };
    search?: {
      /** The search documents' consistency pass. Default every 10 minutes. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /** Oldest search documents rebuilt per pass. Default 1000. */
      agedRefreshPerRun?: number;
    };
  };
}
