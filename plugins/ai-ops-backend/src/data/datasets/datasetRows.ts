import {
  aiOpsDatasetEntityRef,
  Dataset,
  DatasetFormat,
  DatasetPartition,
  DatasetVersion,
  ValidationReport,
} from '@internal/plugin-ai-ops-common';
import {
  optionalText,
  parseJsonColumn,
  toIso,
} from '../../database/dbValues';

type Row = Record<string, unknown>;

const optionalNumber = (value: unknown) =>
  value === null || value === undefined ? undefined : Number(value);

/** A `datasets` row (with `latest_version`) in the API's form. */
export function toDataset(row: Row, workspace: string): Dataset {
  const name = String(row.name);
  return {
    id: String(row.id),
    workspace,
    name,
    title: String(row.title),
    description: optionalText(row.description),
    owner: String(row.owner),
    connectionId: optionalText(row.connection_id),
    format: row.format as DatasetFormat,
    tags: parseJsonColumn(row.tags, []),
    latestVersion: optionalNumber(row.latest_version),
    entityRef: aiOpsDatasetEntityRef(workspace, name),
    createdBy: String(row.created_by),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

type StoredPartitions = { keys: string[]; partitions: DatasetPartition[] };

/** A `dataset_versions` row in the API's form (PostgreSQL bigints are text). */
export function toDatasetVersion(row: Row): DatasetVersion {
  const partitions = parseJsonColumn<StoredPartitions>(row.partitions, {
    keys: [],
    partitions: [],
  });
  return {
    datasetId: String(row.dataset_id),
    version: Number(row.version),
    storageUri: String(row.storage_uri),
    hash: String(row.hash),
    sizeBytes: Number(row.size_bytes),
    rowCount: Number(row.row_count),
    schema: parseJsonColumn(row.schema, []),
    files: Number(row.files),
    partitionKeys: partitions.keys,
    partitions: partitions.partitions,
    sourceRunId: optionalText(row.source_run_id),
    createdBy: String(row.created_by),
    createdAt: toIso(row.created_at),
  };
}

export function toValidationReport(row: Row): ValidationReport {
  return {
    id: String(row.id),
    datasetId: String(row.dataset_id),
    version: Number(row.version),
    baselineVersion: optionalNumber(row.baseline_version),
    status: row.status as ValidationReport['status'],
    rowCount: Number(row.row_count),
    duplicateRows: Number(row.duplicate_rows),
    checks: parseJsonColumn(row.checks, []),
    columns: parseJsonColumn(row.columns, []),
    thresholds: parseJsonColumn(row.thresholds, {} as never),
    createdBy: String(row.created_by),
    createdAt: toIso(row.created_at),
  };
}
