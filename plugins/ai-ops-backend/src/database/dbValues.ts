/** SQLite returns numbers or strings for timestamps, PostgreSQL Dates. */
export function toIso(value: unknown): string {
  return new Date(value as string | number | Date).toISOString();
}

/** A nullable timestamp column as ISO text, or undefined. */
export function toIsoOrUndefined(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : toIso(value);
}

/** A JSON text column; `fallback` when empty. */
export function parseJsonColumn<T>(text: unknown, fallback: T): T {
  if (typeof text !== 'string' || text === '') return fallback;
  return JSON.parse(text) as T;
}

/** A nullable text column as a string, or undefined. */
export function optionalText(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}
