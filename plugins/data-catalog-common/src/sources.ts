import { z } from 'zod';
import { patchSchema } from './patchSchema';

/** Platforms with a built-in connector. */
export const dataPlatforms = ['postgresql', 'mysql', 'sqlite'] as const;
export type DataPlatform = (typeof dataPlatforms)[number] | (string & {});

/**
 * Where a secret comes from; never the secret itself. `env:NAME` reads the
 * backend's environment, `file:/path` a mounted secret file (Kubernetes).
 */
export const secretRefSchema = z
  .string()
  .regex(
    /^(env:[A-Za-z_][A-Za-z0-9_]*|file:\/.+)$/,
    'must be env:<VARIABLE> or file:/<path>, never a plaintext secret',
  );

export const sourceConnectionSchema = z.object({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535),
  user: z.string().min(1),
  passwordRef: secretRefSchema.optional(),
  /** Databases to read; empty reads every database the user can connect to. */
  databases: z.array(z.string().min(1)).default([]),
  /** Schemas to skip besides the system ones. */
  excludeSchemas: z.array(z.string().min(1)).default([]),
  ssl: z.boolean().default(false),
});
export type SourceConnection = z.infer<typeof sourceConnectionSchema>;

const sourceIdSchema = z
  .string()
  .regex(
    /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/,
    'lower-case letters, digits and dashes (it becomes the catalog namespace)',
  );

/** A cron expression of five fields, run by the Backstage scheduler. */
const cronSchema = z
  .string()
  .regex(/^(\S+\s+){4}\S+$/, 'a cron expression of five fields');

export const createSourceRequestSchema = z.object({
  id: sourceIdSchema,
  title: z.string().min(1).max(200),
  description: z.string().max(4000).optional(),
  platform: z.string().min(1),
  connection: sourceConnectionSchema,
  /** Owner of every asset unless the asset's own owner is set. */
  owner: z.string().min(1),
  domain: z.string().optional(),
  /** Free text where the data lives (a cluster, a region, a URL). */
  location: z.string().max(500).optional(),
  schedule: cronSchema.optional(),
  enabled: z.boolean().default(true),
  /** Read pg_stat_statements (or the MySQL digest table) for query history. */
  collectQueries: z.boolean().default(true),
});
export type CreateSourceRequest = z.infer<typeof createSourceRequestSchema>;

/** PATCH: only the fields sent change, the connection field by field. */
export const updateSourceRequestSchema = patchSchema(
  createSourceRequestSchema
    .omit({ id: true })
    .extend({ connection: patchSchema(sourceConnectionSchema) }),
);
export type UpdateSourceRequest = z.infer<typeof updateSourceRequestSchema>;

export type SyncStatus = 'running' | 'succeeded' | 'failed' | 'interrupted';

export type DataSource = {
  id: string;
  title: string;
  description?: string;
  platform: DataPlatform;
  connection: SourceConnection;
  owner: string;
  domain?: string;
  location?: string;
  schedule?: string;
  enabled: boolean;
  collectQueries: boolean;
  entityRef: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  lastSync?: SyncRun;
  counts: { databases: number; schemas: number; tables: number; views: number };
  /** Declared in app-config (`dataCatalog.sources`): the API cannot edit it. */
  configManaged?: boolean;
};

export type SyncStats = {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  columns: number;
  schemaChanges: number;
  queries: number;
};

export type SyncRun = {
  id: string;
  sourceId: string;
  trigger: 'manual' | 'schedule' | 'api';
  initiator?: string;
  status: SyncStatus;
  startedAt: string;
  finishedAt?: string;
  durationMs?: number;
  steps: ConnectionStep[];
  stats?: SyncStats;
  error?: string;
};

export type ConnectionStepName =
  | 'connect'
  | 'databases'
  | 'schemas'
  | 'tables'
  | 'views'
  | 'queries';

/** One step of a connection test or sync, in order; the first failure stops. */
export type ConnectionStep = {
  step: ConnectionStepName | 'write';
  status: 'ok' | 'failed' | 'skipped';
  durationMs: number;
  detail?: string;
  count?: number;
};

export type ConnectionTestResult = {
  ok: boolean;
  failedStep?: ConnectionStep['step'];
  steps: ConnectionStep[];
};
