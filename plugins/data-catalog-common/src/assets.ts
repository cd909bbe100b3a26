import { z } from 'zod';
import { DataAssetKind } from './entityModel';

export type ForeignKeyRef = {
  constraint: string;
  database?: string;
  schema: string;
  table: string;
  column: string;
};

export type DataColumn = {
  name: string;
  ordinal: number;
  dataType: string;
  nullable: boolean;
  defaultValue?: string;
  /** The comment from the source. */
  comment?: string;
  isPrimaryKey: boolean;
  foreignKey?: ForeignKeyRef;
  /** Documentation edited in the portal. */
  doc?: AssetDoc;
  tags: AssetTag[];
  glossaryTerms: { id: string; name: string }[];
  stats?: ColumnStats;
};

export type ColumnStats = {
  nullRatio: number;
  distinctRatio: number;
  min?: string;
  max?: string;
  /** Sample values; PII columns come back masked unless allowed. */
  samples: string[];
  masked: boolean;
  sampledRows: number;
  computedAt: string;
};

/** Documentation of a table or column, edited in the portal. */
export const assetDocSchema = z.object({
  description: z.string().max(20000).optional(),
  unit: z.string().max(100).optional(),
  example: z.string().max(1000).optional(),
  origin: z.string().max(1000).optional(),
  refreshCycle: z.string().max(200).optional(),
  sla: z.string().max(1000).optional(),
  retention: z.string().max(1000).optional(),
  /** Markdown usage guide (tables only). */
  usageGuide: z.string().max(100000).optional(),
  owner: z.string().min(1).optional(),
  team: z.string().min(1).optional(),
  domain: z.string().min(1).optional(),
});
export type AssetDoc = z.infer<typeof assetDocSchema> & {
  updatedBy?: string;
  updatedAt?: string;
};

export type AssetTag = {
  id: string;
  name: string;
  category: string;
  piiLevel?: PiiLevel;
  color?: string;
};

export const piiLevels = ['none', 'low', 'medium', 'high'] as const;
export type PiiLevel = (typeof piiLevels)[number];

export type QualityCheckName =
  | 'null-ratio'
  | 'uniqueness'
  | 'freshness'
  | 'docs-coverage'
  | 'schema-stability';

export type QualityCheck = {
  check: QualityCheckName;
  /** 0..100 */
  score: number;
  passed: boolean;
  detail: string;
  measuredAt: string;
};

export type QualityReport = {
  /** 0..100, the mean of the checks that could run. */
  score?: number;
  checks: QualityCheck[];
};

export type TrustSignals = {
  /** Last change seen in the source (or last analyse). */
  lastUpdatedAt?: string;
  lastSyncedAt?: string;
  quality: QualityReport;
  usage: { queryCount: number; views30d: number; favorites: number };
  favorite: boolean;
};

/** A table or view with everything the list pages compare. */
export type DataAssetSummary = {
  entityRef: string;
  sourceId: string;
  platform: string;
  kind: DataAssetKind;
  database?: string;
  schema?: string;
  name: string;
  qualifiedName: string;
  description?: string;
  owner: string;
  domain?: string;
  tags: AssetTag[];
  rowEstimate?: number;
  sizeBytes?: number;
  columnCount: number;
  qualityScore?: number;
  lastUpdatedAt?: string;
  lastSyncedAt?: string;
  views30d: number;
  queryCount: number;
};

export type DataAssetDetail = DataAssetSummary & {
  partOf?: string;
  partitionOf?: string;
  viewDefinition?: string;
  lastAnalyzedAt?: string;
  doc?: AssetDoc;
  columns: DataColumn[];
  trust: TrustSignals;
  glossaryTerms: { id: string; name: string }[];
  /** What the caller may do here, for the UI's buttons. */
  access: { update: boolean; piiRead: boolean };
};

export type SchemaChangeSeverity = 'breaking' | 'warning' | 'info';
export type SchemaChangeType =
  | 'table-added'
  | 'table-removed'
  | 'column-added'
  | 'column-removed'
  | 'column-type-changed'
  | 'column-nullability-changed'
  | 'column-default-changed'
  | 'primary-key-changed'
  | 'comment-changed';

export type SchemaChangeEvent = {
  id: string;
  sourceId: string;
  syncId: string;
  entityRef: string;
  column?: string;
  change: SchemaChangeType;
  severity: SchemaChangeSeverity;
  before?: string;
  after?: string;
  detectedAt: string;
};

export type DocHistoryEntry = {
  id: string;
  entityRef: string;
  column?: string;
  field: string;
  before?: string;
  after?: string;
  actor: string;
  at: string;
};

export type QueryHistoryEntry = {
  queryId: string;
  sourceId: string;
  text: string;
  calls: number;
  totalTimeMs: number;
  meanTimeMs: number;
  rows: number;
  lastSeenAt: string;
  user?: string;
};

export const listTablesQuerySchema = z.object({
  q: z.string().max(200).optional(),
  source: z.string().optional(),
  platform: z.string().optional(),
  kind: z
    .enum([
      'table',
      'view',
      'materialized-view',
      'partitioned-table',
      'partition',
      'foreign-table',
    ])
    .optional(),
  tag: z.string().optional(),
  owner: z.string().optional(),
  domain: z.string().optional(),
  minQuality: z.coerce.number().min(0).max(100).optional(),
  sort: z
    .enum(['name', 'quality', 'updated', 'views', 'rows', 'size'])
    .default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  /** An opaque cursor from the previous page. */
  cursor: z.string().optional(),
});
export type ListTablesQuery = z.infer<typeof listTablesQuerySchema>;

export type Page<T> = { items: T[]; totalCount: number; nextCursor?: string };

export const updateDocRequestSchema = assetDocSchema.partial();
export type UpdateDocRequest = z.infer<typeof updateDocRequestSchema>;
