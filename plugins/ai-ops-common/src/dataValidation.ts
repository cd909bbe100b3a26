import { z } from 'zod';
import type { ColumnType } from './data';

export const VALIDATION_STATUSES = ['pass', 'warn', 'fail'] as const;
export type ValidationStatus = (typeof VALIDATION_STATUSES)[number];

const level = z.number().min(0);
const warnFail = (warn: number, fail: number) =>
  z
    .object({ warn: level.default(warn), fail: level.default(fail) })
    .refine(t => t.warn <= t.fail, {
      message: 'warn must not exceed fail',
      path: ['warn'],
    })
    .default({ warn, fail });

/**
 * Above `warn` a check warns, above `fail` it fails. Ratios are of rows;
 * `psi` is the population stability index against the baseline version
 * (0.1 / 0.25 are the usual "moderate" / "significant" shift levels).
 */
export const validationThresholdsSchema = z
  .object({
    missingRatio: warnFail(0.05, 0.2),
    duplicateRatio: warnFail(0.01, 0.1),
    psi: warnFail(0.1, 0.25),
  })
  .default({
    missingRatio: { warn: 0.05, fail: 0.2 },
    duplicateRatio: { warn: 0.01, fail: 0.1 },
    psi: { warn: 0.1, fail: 0.25 },
  });
export type ValidationThresholds = z.infer<typeof validationThresholdsSchema>;

/** `POST .../datasets/:id/versions/:version/validate`. */
export const validateDatasetVersionRequestSchema = z
  .object({
    /** Compare distributions and schema with this version of the dataset. */
    baselineVersion: z.number().int().min(1).optional(),
    thresholds: validationThresholdsSchema,
    /** Expected numeric ranges: values outside fail the `range` check. */
    ranges: z
      .record(
        z.string().min(1),
        z
          .object({ min: z.number().optional(), max: z.number().optional() })
          .strict(),
      )
      .default({}),
    /** Values kept per categorical column in the report. */
    topK: z.number().int().min(1).max(50).default(10),
  })
  .strict();
export type ValidateDatasetVersionRequest = z.input<
  typeof validateDatasetVersionRequestSchema
>;

/** One value of a categorical column and how often it occurs. */
export type ValueFrequency = { value: string; count: number; ratio: number };

/** What validation measured in one column, over every row. */
export type ColumnProfile = {
  name: string;
  type: ColumnType;
  count: number;
  missing: number;
  missingRatio: number;
  /** Distinct non-missing values, counted up to a cap (`distinctCapped`). */
  distinct: number;
  distinctCapped: boolean;
  min?: number;
  max?: number;
  mean?: number;
  std?: number;
  /** Most frequent values (categorical columns). */
  top?: ValueFrequency[];
};

export const VALIDATION_CHECKS = [
  'schema',
  'missing',
  'duplicates',
  'range',
  'distribution',
] as const;
export type ValidationCheckName = (typeof VALIDATION_CHECKS)[number];

export type ValidationCheck = {
  check: ValidationCheckName;
  column?: string;
  status: ValidationStatus;
  /** The measured value: a ratio, a count, or the drift metric. */
  value?: number;
  /** `psi` for distribution shift (numeric columns also name the KS D). */
  metric?: 'psi' | 'ratio' | 'count';
  message: string;
};

export type ValidationReport = {
  id: string;
  datasetId: string;
  version: number;
  baselineVersion?: number;
  /** The worst of the checks. */
  status: ValidationStatus;
  rowCount: number;
  duplicateRows: number;
  checks: ValidationCheck[];
  columns: ColumnProfile[];
  thresholds: ValidationThresholds;
  createdBy: string;
  createdAt: string;
};
