import { TableSample } from '@internal/plugin-data-catalog-node';

export type ColumnProfile = {
  column: string;
  nullRatio: number;
  distinctRatio: number;
  min?: string;
  max?: string;
  samples: string[];
  sampledRows: number;
};

const MAX_SAMPLES = 5;
const MAX_SAMPLE_LENGTH = 200;
const NUMERIC = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

type Comparable = { text: string; key: number | string };

/** How a driver value reads: ISO dates, JSON for objects, hex for bytes. */
function asText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * The order min/max follow: numbers (drivers return big and exact numbers
 * as strings) and dates by value, text by code point; structured and
 * binary values have none.
 */
function comparables(values: unknown[]): Comparable[] | undefined {
  const numeric = values.every(
    v =>
      typeof v === 'number' ||
      typeof v === 'bigint' ||
      typeof v === 'boolean' ||
      (typeof v === 'string' && NUMERIC.test(v)),
  );
  if (numeric) return values.map(v => ({ text: asText(v), key: Number(v) }));
  if (values.every(v => v instanceof Date)) {
    return values.map(v => ({ text: asText(v), key: (v as Date).getTime() }));
  }
  if (values.every(v => typeof v === 'string')) {
    return values.map(v => ({ text: v as string, key: v as string }));
  }
  return undefined;
}

function minMax(values: unknown[]): { min?: string; max?: string } {
  const items = values.length > 0 ? comparables(values) : undefined;
  if (!items) return {};
  let min = items[0];
  let max = items[0];
  for (const item of items) {
    if (item.key < min.key) min = item;
    if (item.key > max.key) max = item;
  }
  return { min: min.text, max: max.text };
}

/** Null and distinct ratios, min/max and a few distinct values per column. */
export function profileColumns(sample: TableSample): ColumnProfile[] {
  const sampledRows = sample.rows.length;
  return sample.columns.map((column, index) => {
    const present = sample.rows
      .map(row => row[index])
      .filter(v => v !== null && v !== undefined);
    const distinct = [...new Set(present.map(asText))];
    return {
      column,
      nullRatio: sampledRows ? (sampledRows - present.length) / sampledRows : 0,
      distinctRatio: present.length ? distinct.length / present.length : 0,
      ...minMax(present),
      samples: distinct
        .slice(0, MAX_SAMPLES)
        .map(text => text.slice(0, MAX_SAMPLE_LENGTH)),
      sampledRows,
    };
  });
}
