export interface Config {
  /** The AI-Ops family's backend (`plugins/ai-ops-backend`); see its README. */
  aiOps?: {
    /**
     * Secrets that connections name by `secretRef` (name → value, e.g.
     * `warehouse: ${WAREHOUSE_PASSWORD}`): a database password, an S3
     * secret key, an HTTP bearer token. Read when a connection is used;
     * never stored or answered.
     */
    secrets?: {
      /** @visibility secret */
      [name: string]: string;
    };
    /** Workspace secrets, stored encrypted (AES-256-GCM) in the database. */
    secretStore?: {
      /**
       * The key values are encrypted with: 32 bytes in base64 (in production
       * from `AI_OPS_SECRET_KEY`). Unset: the embedded default generates one
       * into `secret-store.key` (mode 0600) next to the local object store
       * directory.
       * @visibility secret
       */
      encryptionKey?: string;
      /**
       * Keys used before a rotation: values they encrypted are still read.
       * @visibility secret
       */
      previousKeys?: string[];
    };
    /**
     * Where logs and artifacts are stored: files under a local directory
     * (the default, `./.ai-ops-data` of the backend's working directory) or
     * a MinIO/S3 bucket (created when missing).
     */
    objectStore?:
      | { type: 'local'; directory?: string }
      | {
          type: 's3';
          endPoint: string;
          port?: number;
          /** Default: true. */
          useSSL?: boolean;
          accessKey: string;
          /** @visibility secret */
          secretKey: string;
          bucket: string;
          /** Default: us-east-1. */
          region?: string;
        };
    executors?: {
      /** The embedded executor: each attempt a child process of the backend. */
      local?: {
        /** Attempts running at once in this backend. Default: the CPU count. */
        maxParallel?: number;
      };
    };
    /**
     * Queues tasks wait in (added to, or replacing by name, the built-in
     * `default` queue on `local` with maxConcurrency 4 and priority 0).
     */
    queues?: Array<{
      name: string;
      /** Executor id: `local`, or one a module adds (`kubernetes`). Default: local. */
      executor?: string;
      /** Tasks of the queue running at once, across replicas. Default: 4. */
      maxConcurrency?: number;
      /** Higher goes first. Default: 0. */
      priority?: number;
    }>;
    /**
     * Resource profiles nodes name (added to, or replacing by name, the
     * built-in `default` 1 CPU/1024 MiB, `large` 4/8192, `gpu` 4/16384/1 GPU).
     */
    resourceProfiles?: Array<{
      name: string;
      cpu?: number;
      memoryMiB?: number;
      gpu?: number;
    }>;
    /** Price table of the cost of runs and tasks. */
    prices?: {
      /** Default: 0.00001. */
      cpuSecond?: number;
      /** Default: 0.000002. */
      memoryGiBSecond?: number;
      /** Default: 2.5. */
      gpuHour?: number;
      /** ISO 4217. Default: USD. */
      currency?: string;
    };
    /** What the home page's usage bars measure against; unset: no bar limit. */
    capacity?: {
      gpu?: number;
      memoryMiB?: number;
      storageBytes?: number;
    };
    /** The orchestrator. */
    execution?: {
      /** Seconds between heartbeats and recovery sweeps. Default: 5. */
      sweepSeconds?: number;
      /** A backend silent this long (seconds) is dead; its runs are adopted. Default: 30. */
      workerTimeoutSeconds?: number;
      /** Seconds after which a run's lineage, claimed and not recorded (a failure, a dead backend), is recorded again. Default: 60. */
      lineageRetrySeconds?: number;
    };
    /** Schedules: the tick that fires them (once across replicas). */
    scheduler?: {
      /** Seconds between ticks. Default: 15. */
      tickSeconds?: number;
      /** A fire time older than this (seconds) at its tick was missed. Default: 60. */
      graceSeconds?: number;
      /** Missed fire times `catchUp: all` fires at most, the newest. Default: 10. */
      catchUpLimit?: number;
    };
    /** Demo content for the embedded default. */
    demo?: {
      /**
       * Seed the `platform` organisation with the `ml-research` and
       * `forecasting` workspaces and a pipeline per domain template at start
       * (idempotent). Default: false.
       */
      enabled?: boolean;
    };
  };
}
