import { ColumnType } from '@internal/plugin-ai-ops-common';

const INTEGER = /^[+-]?\d{1,15}$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const BOOLEAN = /^(true|false)$/i;
const TIMESTAMP =
  /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Empty cells, JSON null and absent fields are missing values. */
export function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * The type of one present value. CSV cells are text, so their type is what
 * the text looks like; JSON values keep their own type (a JSON string that
 * holds digits stays a string), except that ISO dates are timestamps.
 */
export function typeOfValue(value: unknown, fromText: boolean): ColumnType {
  if (typeof value === 'number') {
    return Number.isInteger(value) ? 'integer' : 'number';
  }
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') {
    if (TIMESTAMP.test(value)) return 'timestamp';
    if (!fromText) return 'string';
    if (INTEGER.test(value)) return 'integer';
    if (NUMBER.test(value)) return 'number';
    if (BOOLEAN.test(value)) return 'boolean';
    return 'string';
  }
  return 'json';
}

/** The type of a column holding values of both types. */
export function mergeTypes(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b || b === 'null') return a;
  if (a === 'null') return b;
  const numeric = ['integer', 'number'];
  if (numeric.includes(a) && numeric.includes(b)) return 'number';
  return 'string';
}

/** A value as a number, for integer and number columns. */
export function numericValue(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** A value as the text categorical statistics count. */
export function textValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
