import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  Dataset,
  DatasetVersion,
  ValidationReport,
} from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { insertUnique } from '../../database/insertUnique';
import { VersionInspection } from '../reading/inspectVersion';
import { ComputedValidation } from '../validation/computeValidation';
import { toDatasetVersion, toValidationReport } from './datasetRows';

// Concurrent registrations may pick the same number; the primary key
// refuses all but one, and the others take the next.
const NUMBERING_ATTEMPTS = 5;

/** Versions of datasets and the validation reports of each version. */
export class DatasetVersionStore {
  constructor(private readonly knex: Knex) {}

  async list(datasetId: string): Promise<DatasetVersion[]> {
    const rows = await this.knex('dataset_versions')
      .where('dataset_id', datasetId)
      .orderBy('version', 'desc');
    return rows.map(toDatasetVersion);
  }

  async get(
    datasetId: string,
    version: number,
  ): Promise<DatasetVersion | undefined> {
    const row = await this.knex('dataset_versions')
      .where({ dataset_id: datasetId, version })
      .first();
    return row && toDatasetVersion(row);
  }

  /** The version, or a 404 naming it. */
  async require(dataset: Dataset, version: number): Promise<DatasetVersion> {
    const found = await this.get(dataset.id, version);
    if (!found) {
      throw new NotFoundError(
        `Dataset '${dataset.name}' has no version ${version}`,
      );
    }
    return found;
  }

  /** Stores what was read as the dataset's next version. */
  async add(
    datasetId: string,
    inspection: VersionInspection,
    actor: string,
    sourceRunId?: string,
  ): Promise<DatasetVersion> {
    for (let attempt = 1; ; attempt++) {
      const [{ latest }] = await this.knex('dataset_versions')
        .where('dataset_id', datasetId)
        .max({ latest: 'version' });
      const version = Number(latest ?? 0) + 1;
      try {
        await insertUnique(
          this.knex,
          'dataset_versions',
          {
            dataset_id: datasetId,
            version,
            storage_uri: inspection.storageUri,
            hash: inspection.hash,
            size_bytes: inspection.sizeBytes,
            row_count: inspection.rowCount,
            files: inspection.files,
            schema: JSON.stringify(inspection.schema),
            partitions: JSON.stringify({
              keys: inspection.partitionKeys,
              partitions: inspection.partitions,
            }),
            source_run_id: sourceRunId ?? null,
            created_by: actor,
            created_at: new Date(),
          },
          `Version ${version} was registered at the same time`,
        );
        return (await this.get(datasetId, version))!;
      } catch (error) {
        if (!(error instanceof ConflictError) || attempt >= NUMBERING_ATTEMPTS) {
          throw error;
        }
      }
    }
  }

  async addReport(
    version: DatasetVersion,
    baselineVersion: number | undefined,
    computed: ComputedValidation,
    actor: string,
  ): Promise<ValidationReport> {
    const id = randomUUID();
    await this.knex('validation_reports').insert({
      id,
      dataset_id: version.datasetId,
      version: version.version,
      baseline_version: baselineVersion ?? null,
      status: computed.status,
      row_count: computed.rowCount,
      duplicate_rows: computed.duplicateRows,
      checks: JSON.stringify(computed.checks),
      columns: JSON.stringify(computed.columns),
      thresholds: JSON.stringify(computed.thresholds),
      created_by: actor,
      created_at: new Date(),
    });
    const row = await this.knex('validation_reports').where('id', id).first();
    return toValidationReport(row);
  }

  /** A version's reports, newest first. */
  async reports(version: DatasetVersion): Promise<ValidationReport[]> {
    const rows = await this.knex('validation_reports')
      .where({ dataset_id: version.datasetId, version: version.version })
      .orderBy('created_at', 'desc');
    return rows.map(toValidationReport);
  }
}
