import {
  DatasetFormat,
  ValidationReport,
  ValidationStatus,
  validateDatasetVersionRequestSchema,
} from '@internal/plugin-ai-ops-common';
import { z } from 'zod';
import { DataLocation } from '../locations/DataLocation';
import { profileVersion } from './profileVersion';
import {
  distributionChecks,
  duplicateCheck,
  missingChecks,
  rangeChecks,
  schemaChecks,
} from './validationChecks';

export type ValidationOptions = z.output<
  typeof validateDatasetVersionRequestSchema
>;

export type ComputedValidation = Pick<
  ValidationReport,
  'status' | 'rowCount' | 'duplicateRows' | 'checks' | 'columns' | 'thresholds'
>;

const SEVERITY: ValidationStatus[] = ['pass', 'warn', 'fail'];

/**
 * Validates a version on its data: missing values, duplicate rows and
 * expected ranges; with a baseline version also schema changes and the
 * distribution shift of every column the two share. The report's status is
 * its worst check's.
 */
export async function computeValidation(
  format: DatasetFormat,
  location: DataLocation,
  baseline: DataLocation | undefined,
  options: ValidationOptions,
): Promise<ComputedValidation> {
  const profile = await profileVersion(location, format, options.ranges);
  const base = baseline && (await profileVersion(baseline, format));
  const checks = [
    ...(base ? schemaChecks(profile, base) : []),
    ...missingChecks(profile, options.thresholds),
    duplicateCheck(profile, options.thresholds),
    ...rangeChecks(profile, options.ranges),
    ...(base
      ? distributionChecks(profile, base, options.thresholds, options.topK)
      : []),
  ];
  const worst = Math.max(...checks.map(c => SEVERITY.indexOf(c.status)));
  return {
    status: SEVERITY[worst],
    rowCount: profile.rowCount,
    duplicateRows: profile.duplicates.duplicates,
    checks,
    columns: profile.schema.map(column =>
      profile.columns
        .get(column.name)!
        .profile(column.type, profile.rowCount, options.topK),
    ),
    thresholds: options.thresholds,
  };
}
