import {
  ValidationCheck,
  ValidationStatus,
  ValidationThresholds,
} from '@internal/plugin-ai-ops-common';
import { isNumericType } from './ColumnProfiler';
import { categoricalPsi, ksStatistic, numericPsi } from './drift';
import { DatasetProfile } from './profileVersion';
import { ExpectedRange } from './ColumnProfiler';

type Level = { warn: number; fail: number };

function statusOf(value: number, level: Level): ValidationStatus {
  if (value > level.fail) return 'fail';
  return value > level.warn ? 'warn' : 'pass';
}

const percent = (ratio: number) => `${(ratio * 100).toFixed(2)}%`;

/** Missing values per column, as a share of rows. */
export function missingChecks(
  profile: DatasetProfile,
  thresholds: ValidationThresholds,
): ValidationCheck[] {
  return profile.schema.map(({ name }) => {
    const missing = profile.rowCount - profile.columns.get(name)!.present;
    const ratio = profile.rowCount === 0 ? 0 : missing / profile.rowCount;
    return {
      check: 'missing',
      column: name,
      status: statusOf(ratio, thresholds.missingRatio),
      value: ratio,
      metric: 'ratio',
      message: `${missing} of ${profile.rowCount} rows (${percent(ratio)}) have no ${name}`,
    };
  });
}

/** Rows equal to an earlier row, as a share of the rows checked. */
export function duplicateCheck(
  profile: DatasetProfile,
  thresholds: ValidationThresholds,
): ValidationCheck {
  const { duplicates, checkedRows } = profile.duplicates;
  const ratio = checkedRows === 0 ? 0 : duplicates / checkedRows;
  const scope =
    checkedRows < profile.rowCount ? ` (first ${checkedRows} rows)` : '';
  return {
    check: 'duplicates',
    status: statusOf(ratio, thresholds.duplicateRatio),
    value: ratio,
    metric: 'ratio',
    message: `${duplicates} duplicate rows (${percent(ratio)})${scope}`,
  };
}

/** Values outside the expected range of each named column. */
export function rangeChecks(
  profile: DatasetProfile,
  ranges: Record<string, ExpectedRange>,
): ValidationCheck[] {
  return Object.entries(ranges).map(([name, range]) => {
    const column = profile.columns.get(name);
    const bounds = `[${range.min ?? '-∞'}, ${range.max ?? '∞'}]`;
    if (!column) {
      return {
        check: 'range',
        column: name,
        status: 'fail',
        message: `No column ${name}`,
      };
    }
    return {
      check: 'range',
      column: name,
      status: column.outOfRange > 0 ? 'fail' : 'pass',
      value: column.outOfRange,
      metric: 'count',
      message: `${column.outOfRange} values outside ${bounds}`,
    };
  });
}

/** Columns the baseline had that are gone or changed type. */
export function schemaChecks(
  profile: DatasetProfile,
  baseline: DatasetProfile,
): ValidationCheck[] {
  const current = new Map(profile.schema.map(c => [c.name, c.type]));
  const checks: ValidationCheck[] = [];
  for (const { name, type } of baseline.schema) {
    const now = current.get(name);
    if (now === undefined) {
      checks.push({
        check: 'schema',
        column: name,
        status: 'fail',
        message: `Column ${name} (${type}) is gone`,
      });
    } else if (now !== type) {
      checks.push({
        check: 'schema',
        column: name,
        status: 'warn',
        message: `Column ${name} changed type from ${type} to ${now}`,
      });
    }
  }
  const added = profile.schema.filter(
    c => !baseline.schema.some(b => b.name === c.name),
  );
  if (checks.length === 0) {
    checks.push({
      check: 'schema',
      status: 'pass',
      message: added.length
        ? `Baseline columns kept; added ${added.map(c => c.name).join(', ')}`
        : 'Same columns and types as the baseline',
    });
  }
  return checks;
}

/**
 * Distribution shift per column kept from the baseline: PSI (numeric: over
 * baseline quantile bins of the samples; categorical: over the baseline's
 * top values), with the KS statistic reported for numeric columns.
 */
export function distributionChecks(
  profile: DatasetProfile,
  baseline: DatasetProfile,
  thresholds: ValidationThresholds,
  topK: number,
): ValidationCheck[] {
  const checks: ValidationCheck[] = [];
  for (const { name, type } of baseline.schema) {
    const now = profile.schema.find(c => c.name === name);
    const before = baseline.columns.get(name)!;
    const after = profile.columns.get(name);
    if (!now || !after || type === 'null') continue;
    if (isNumericType(type) && isNumericType(now.type)) {
      const value = numericPsi(before.sample.values, after.sample.values);
      const ks = ksStatistic(before.sample.values, after.sample.values);
      checks.push({
        check: 'distribution',
        column: name,
        status: statusOf(value, thresholds.psi),
        value,
        metric: 'psi',
        message: `PSI ${value.toFixed(4)}, KS D ${ks.toFixed(4)} against the baseline`,
      });
    } else if (type === 'string' || type === 'boolean') {
      const value = categoricalPsi(
        before.frequencies,
        before.present,
        after.frequencies,
        after.present,
        topK,
      );
      checks.push({
        check: 'distribution',
        column: name,
        status: statusOf(value, thresholds.psi),
        value,
        metric: 'psi',
        message: `PSI ${value.toFixed(4)} over the baseline's top ${topK} values`,
      });
    }
  }
  return checks;
}
