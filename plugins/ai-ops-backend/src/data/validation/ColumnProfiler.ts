import { ColumnProfile, ColumnType } from '@internal/plugin-ai-ops-common';
import { isMissing, numericValue, textValue } from '../reading/valueTypes';
import { Reservoir } from './Reservoir';

/** Distinct values counted per column; beyond, new values are not counted. */
export const MAX_DISTINCT_TRACKED = 5000;
/** Numeric values kept per column for the distribution checks. */
export const SAMPLE_SIZE = 2000;

export type ExpectedRange = { min?: number; max?: number };

export const isNumericType = (type: ColumnType) =>
  type === 'integer' || type === 'number';


/**
 * Everything validation measures in one column, in one pass and bounded
 * memory: presence, numeric moments (Welford), min/max, value frequencies
 * (up to a cap), a numeric sample and values outside an expected range.
 */
export class ColumnProfiler {
  present = 0;
  outOfRange = 0;
  readonly frequencies = new Map<string, number>();
  distinctCapped = false;
  readonly sample = new Reservoir(SAMPLE_SIZE);
  private numericCount = 0;
  private mean = 0;
  private m2 = 0;
  private min = Infinity;
  private max = -Infinity;

  constructor(
    readonly name: string,
    private readonly range?: ExpectedRange,
  ) {}

  observe(value: unknown) {
    if (isMissing(value)) return;
    this.present += 1;
    this.countValue(textValue(value));
    const number = numericValue(value);
    if (number === undefined) return;
    this.numericCount += 1;
    const delta = number - this.mean;
    this.mean += delta / this.numericCount;
    this.m2 += delta * (number - this.mean);
    this.min = Math.min(this.min, number);
    this.max = Math.max(this.max, number);
    this.sample.add(number);
    if (
      (this.range?.min !== undefined && number < this.range.min) ||
      (this.range?.max !== undefined && number > this.range.max)
    ) {
      this.outOfRange += 1;
    }
  }

  /** The column's profile once every row of `rowCount` was observed. */
  profile(type: ColumnType, rowCount: number, topK: number): ColumnProfile {
    const missing = rowCount - this.present;
    const profile: ColumnProfile = {
      name: this.name,
      type,
      count: rowCount,
      missing,
      missingRatio: rowCount === 0 ? 0 : missing / rowCount,
      distinct: this.frequencies.size,
      distinctCapped: this.distinctCapped,
    };
    if (isNumericType(type) && this.numericCount > 0) {
      profile.min = this.min;
      profile.max = this.max;
      profile.mean = this.mean;
      profile.std = Math.sqrt(this.m2 / this.numericCount);
    } else if (type === 'string' || type === 'boolean') {
      profile.top = this.top(topK);
    }
    return profile;
  }

  /** The `k` most frequent values with their share of present values. */
  top(k: number) {
    return [...this.frequencies]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, k)
      .map(([value, count]) => ({
        value,
        count,
        ratio: this.present === 0 ? 0 : count / this.present,
      }));
  }

  private countValue(text: string) {
    const count = this.frequencies.get(text);
    if (count !== undefined) {
      this.frequencies.set(text, count + 1);
    } else if (this.frequencies.size < MAX_DISTINCT_TRACKED) {
      this.frequencies.set(text, 1);
    } else {
      this.distinctCapped = true;
    }
  }
}
