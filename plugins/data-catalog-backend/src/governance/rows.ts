/**
 * Row conversions shared by the governance stores: SQLite hands back
 * timestamps as numbers or strings and booleans as 0/1, PostgreSQL as Date
 * and boolean.
 */
export function toIso(value: Date | string | number): string {
  return new Date(value).toISOString();
}

export function toBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === '1';
}

/** `''` is how the tables store "the table itself" rather than a column. */
export function toColumnName(column?: string): string {
  return column ?? '';
}
