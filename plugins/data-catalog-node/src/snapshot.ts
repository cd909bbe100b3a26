import {
  DataAssetKind,
  ForeignKeyRef,
} from '@internal/plugin-data-catalog-common';

/** Identifies a table within one source. */
export type TableKey = { database: string; schema: string; name: string };

export type ColumnSnapshot = {
  name: string;
  ordinal: number;
  dataType: string;
  nullable: boolean;
  defaultValue?: string;
  comment?: string;
  isPrimaryKey: boolean;
  foreignKey?: ForeignKeyRef;
};

export type TableSnapshot = TableKey & {
  kind: Exclude<DataAssetKind, 'source' | 'database' | 'schema'>;
  comment?: string;
  rowEstimate?: number;
  sizeBytes?: number;
  lastAnalyzedAt?: Date;
  /** Last data change when the source knows it (MySQL update_time). */
  lastModifiedAt?: Date;
  /** For partitions: the partitioned parent. */
  partitionOf?: TableKey;
  viewDefinition?: string;
  columns: ColumnSnapshot[];
};

export type QuerySnapshot = {
  queryId: string;
  database: string;
  text: string;
  calls: number;
  totalTimeMs: number;
  rows: number;
  user?: string;
  /** Tables the statement names, resolved against this snapshot. */
  tables: TableKey[];
};

/**
 * Everything one read of a source saw. `complete` is false when a database
 * could not be read: the sync then removes nothing it did not see.
 */
export type SourceSnapshot = {
  databases: { name: string; comment?: string; sizeBytes?: number }[];
  schemas: { database: string; name: string; comment?: string }[];
  tables: TableSnapshot[];
  /** View (or materialised view) → the table it reads. */
  dependencies: { view: TableKey; reads: TableKey }[];
  queries?: QuerySnapshot[];
  /** Databases whose read failed; their assets are kept as they were. */
  unreadDatabases: { name: string; error: string }[];
};

/** Sample rows of one table for profiling (null ratio, uniqueness, samples). */
export type TableSample = {
  columns: string[];
  rows: unknown[][];
};
