import { z } from 'zod';
import { entityRefSchema, slugSchema } from './tenancy';

export * from './dataValidation';
export * from './entityRefs';

/** Where data lives: databases, object stores, a directory, an HTTP API. */
export const CONNECTION_TYPES = [
  'postgres',
  'mysql',
  'sqlite',
  's3',
  'minio',
  'file',
  'http',
] as const;
export type ConnectionType = (typeof CONNECTION_TYPES)[number];

/** `untested` until the first `POST .../test`. */
export const CONNECTION_STATUSES = ['untested', 'ok', 'failed'] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

const host = z.string().min(1).max(255);
const absolutePath = z
  .string()
  .min(1)
  .max(1024)
  .regex(/^\//, 'Expected an absolute path');
const database = z.string().min(1).max(128);
const user = z.string().min(1).max(128);
/** S3 and MinIO alike; the secret key is the connection's secretRef. */
const objectStoreConfigSchema = z
  .object({
    endpoint: z.url({ protocol: /^https?$/ }),
    bucket: z.string().min(3).max(63),
    region: z.string().min(1).max(64).optional(),
    /** The access key id. */
    accessKey: z.string().min(1).max(256),
  })
  .strict();

/**
 * Each type's settings. Never a password, token or secret key: those are
 * named by `secretRef` and read from `aiOps.secrets` when used.
 */
export const connectionConfigSchemas = {
  postgres: z
    .object({
      host,
      port: z.number().int().min(1).max(65535).default(5432),
      database,
      user,
      ssl: z.boolean().default(false),
    })
    .strict(),
  mysql: z
    .object({
      host,
      port: z.number().int().min(1).max(65535).default(3306),
      database,
      user,
    })
    .strict(),
  sqlite: z.object({ path: absolutePath }).strict(),
  s3: objectStoreConfigSchema,
  minio: objectStoreConfigSchema,
  file: z.object({ directory: absolutePath }).strict(),
  http: z.object({ url: z.url({ protocol: /^https?$/ }) }).strict(),
} satisfies Record<ConnectionType, z.ZodType>;

export type ConnectionConfig = z.infer<
  (typeof connectionConfigSchemas)[ConnectionType]
>;

/** The name of a secret under `aiOps.secrets` (never its value). */
export const secretRefSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(
    /^[A-Za-z0-9_-]+$/,
    'Name a secret configured under aiOps.secrets (letters, digits, _ and -)',
  );

const connectionFields = {
  name: slugSchema,
  title: z.string().min(1).max(200).optional(),
  description: z.string().max(2000).optional(),
  owner: entityRefSchema.optional(),
  secretRef: secretRefSchema.optional(),
};

/** `POST /workspaces/:ws/connections`: the config is checked per type. */
export const createConnectionRequestSchema = z.discriminatedUnion('type', [
  z.object({
    ...connectionFields,
    type: z.literal('postgres'),
    config: connectionConfigSchemas.postgres,
  }),
  z.object({
    ...connectionFields,
    type: z.literal('mysql'),
    config: connectionConfigSchemas.mysql,
  }),
  z.object({
    ...connectionFields,
    type: z.literal('sqlite'),
    config: connectionConfigSchemas.sqlite,
  }),
  z.object({
    ...connectionFields,
    type: z.literal('s3'),
    config: connectionConfigSchemas.s3,
  }),
  z.object({
    ...connectionFields,
    type: z.literal('minio'),
    config: connectionConfigSchemas.minio,
  }),
  z.object({
    ...connectionFields,
    type: z.literal('file'),
    config: connectionConfigSchemas.file,
  }),
  z.object({
    ...connectionFields,
    type: z.literal('http'),
    config: connectionConfigSchemas.http,
  }),
]);
export type CreateConnectionRequest = z.input<
  typeof createConnectionRequestSchema
>;

/** `PATCH .../connections/:id`; a new config is checked against the type. */
export const updateConnectionRequestSchema = z
  .object({
    title: z.string().min(1).max(200),
    description: z.string().max(2000).nullable(),
    owner: entityRefSchema,
    secretRef: secretRefSchema.nullable(),
    config: z.record(z.string(), z.unknown()),
  })
  .partial()
  .strict();
export type UpdateConnectionRequest = z.input<
  typeof updateConnectionRequestSchema
>;

/** A connection as the API shows it: settings and status, no secret. */
export type Connection = {
  id: string;
  workspace: string;
  name: string;
  title: string;
  description?: string;
  type: ConnectionType;
  /** The type's settings (see connectionConfigSchemas). */
  config: Record<string, string | number | boolean>;
  /** The secret's name under `aiOps.secrets`; its value is never shown. */
  secretRef?: string;
  owner: string;
  status: ConnectionStatus;
  statusMessage?: string;
  lastTestedAt?: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
};

/** `POST .../connections/:id/test`: what connecting found. */
export type ConnectionTestResult = {
  status: Exclude<ConnectionStatus, 'untested'>;
  message: string;
  testedAt: string;
  durationMs: number;
};

export const DATASET_FORMATS = ['csv', 'jsonl'] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

const tagsSchema = z
  .array(
    z
      .string()
      .min(1)
      .max(63)
      .regex(/^[a-z0-9:._-]+$/),
  )
  .max(30);

/** `POST /workspaces/:ws/datasets`. */
export const createDatasetRequestSchema = z.object({
  name: slugSchema,
  title: z.string().min(1).max(200).optional(),
  description: z.string().max(2000).optional(),
  /** Defaults to the creator. */
  owner: entityRefSchema.optional(),
  /** Where its versions are read from (file, s3, minio connections). */
  connectionId: z.uuid().optional(),
  format: z.enum(DATASET_FORMATS),
  tags: tagsSchema.default([]),
});
export type CreateDatasetRequest = z.input<typeof createDatasetRequestSchema>;

export const updateDatasetRequestSchema = z
  .object({
    title: z.string().min(1).max(200),
    description: z.string().max(2000).nullable(),
    owner: entityRefSchema,
    connectionId: z.uuid().nullable(),
    tags: tagsSchema,
  })
  .partial()
  .strict();
export type UpdateDatasetRequest = z.input<typeof updateDatasetRequestSchema>;

/** `GET /workspaces/:ws/datasets`: filters. */
export const listDatasetsQuerySchema = z.object({
  q: z.string().min(1).max(200).optional(),
  tag: z.string().min(1).max(63).optional(),
  owner: z.string().min(1).max(255).optional(),
});

export type Dataset = {
  id: string;
  workspace: string;
  name: string;
  title: string;
  description?: string;
  owner: string;
  connectionId?: string;
  format: DatasetFormat;
  tags: string[];
  /** The newest version's number, when there is one. */
  latestVersion?: number;
  /** The catalog entity the dataset appears as. */
  entityRef: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
};

/**
 * `POST .../datasets/:id/versions`: a `uri` (`file://…` or `s3://…`, read
 * through the dataset's connection or in the workspace's part of the AI-Ops
 * object store) or an object store `path` relative to the workspace. A URI
 * ending in `/` is a prefix: every file of the dataset's format under it.
 */
export const registerDatasetVersionRequestSchema = z
  .object({
    uri: z
      .string()
      .min(1)
      .max(2048)
      .regex(/^(file|s3):\/\//, 'Expected a file:// or s3:// URI')
      .optional(),
    path: z
      .string()
      .min(1)
      .max(1024)
      .regex(/^[^/]/, 'Expected a path relative to the workspace')
      .optional(),
  })
  .strict()
  .refine(body => (body.uri === undefined) !== (body.path === undefined), {
    message: 'Give exactly one of uri and path',
    path: ['uri'],
  });
export type RegisterDatasetVersionRequest = z.input<
  typeof registerDatasetVersionRequestSchema
>;

export const COLUMN_TYPES = [
  'integer',
  'number',
  'boolean',
  'timestamp',
  'string',
  'json',
  'null',
] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** A column as inferred from every value of a version. */
export type ColumnSchema = {
  name: string;
  type: ColumnType;
  nullable: boolean;
};

/** One Hive-style partition (`key=value/…`) of a prefix version. */
export type DatasetPartition = {
  path: string;
  values: Record<string, string>;
  files: number;
  sizeBytes: number;
  rowCount: number;
};

export type DatasetVersion = {
  datasetId: string;
  version: number;
  storageUri: string;
  /** `sha256:<hex>` of the content (of each file with its path, in order). */
  hash: string;
  sizeBytes: number;
  rowCount: number;
  schema: ColumnSchema[];
  files: number;
  partitionKeys: string[];
  partitions: DatasetPartition[];
  /** The run that wrote it, when a pipeline did. */
  sourceRunId?: string;
  createdBy: string;
  createdAt: string;
};

/** A dataset version, as runs name what they read and write. */
export type DatasetVersionRef = { datasetId: string; version: number };

/** Payload of `AI_OPS_TOPICS.datasetVersionCreated`. */
export type DatasetVersionCreatedEvent = {
  workspace: string;
  datasetId: string;
  /** The dataset's name. */
  dataset: string;
  version: number;
  storageUri: string;
  sourceRunId?: string;
};
