/**
 * Column values as the two engines return them: SQLite gives timestamps as
 * epoch milliseconds and booleans as 0/1, PostgreSQL gives Dates and booleans.
 */
export function toIsoTime(value: Date | number | string): string {
  return new Date(value).toISOString();
}

export function toOptionalIsoTime(
  value: Date | number | string | null | undefined,
): string | undefined {
  return value === null || value === undefined ? undefined : toIsoTime(value);
}

export function toBoolean(value: boolean | number): boolean {
  return Boolean(value);
}

/** NULL columns become absent fields in the API types. */
export function orUndefined<T>(value: T | null | undefined): T | undefined {
  return value === null ? undefined : value;
}

/** COUNT(*) is a string on PostgreSQL (bigint) and a number on SQLite. */
export function toCount(value: unknown): number {
  return Number(value ?? 0);
}

/** The fields of a partial update that were given. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}
