/** SQLite returns numbers or strings for timestamps, PostgreSQL Dates. */
export function toIso(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  return new Date(value as string | number | Date).toISOString();
}

/** bigint columns come back as strings from PostgreSQL. */
export function toNumber(value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  return Number(value);
}

/** JSON text columns; undefined when empty or unreadable. */
export function parseJson<T>(text: unknown): T | undefined {
  if (typeof text !== 'string' || text === '') return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** Splits a list for `whereIn` so no statement exceeds bind limits. */
export function chunked<T>(items: T[], size = 500): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    chunks.push(items.slice(i, i + size));
  }
  return chunks;
}

/** Groups rows by a key, keeping their order. */
export function groupBy<T>(
  rows: T[],
  key: (row: T) => string,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
