import { Knex } from 'knex';
import { chunked as chunk } from '../assets/dbValues';

type Db = Knex | Knex.Transaction;

export function isSqlite(db: Db): boolean {
  const client = String(db.client.config.client);
  return client.includes('sqlite');
}

/**
 * Bound values one statement may carry: SQLite builds may stop at 999,
 * PostgreSQL's protocol at 65535.
 */
function maxBindings(db: Db): number {
  return isSqlite(db) ? 999 : 60000;
}

/** Rows per statement so that rows × columns stays under the binding limit. */
function rowsPerStatement(db: Db, rows: object[]): number {
  const columns = Math.max(1, Object.keys(rows[0] ?? {}).length);
  return Math.max(1, Math.floor(maxBindings(db) / columns));
}

/** Multi-row inserts, as few statements as the binding limit allows. */
export async function insertRows(
  db: Db,
  table: string,
  rows: object[],
): Promise<void> {
  for (const part of chunk(rows, rowsPerStatement(db, rows))) {
    await db(table).insert(part);
  }
}

/** Multi-row insert-or-update on `conflict`, merging every other column. */
export async function upsertRows(
  db: Db,
  table: string,
  rows: object[],
  conflict: string[],
  merge: string[],
): Promise<void> {
  for (const part of chunk(rows, rowsPerStatement(db, rows))) {
    await db(table).insert(part).onConflict(conflict).merge(merge);
  }
}

/** `DELETE … WHERE column IN (values)` in chunks; `scope` narrows each. */
export async function deleteWhereIn(
  db: Db,
  table: string,
  column: string,
  values: string[],
  scope: Record<string, unknown> = {},
): Promise<void> {
  for (const part of chunk(values, maxBindings(db) - 10)) {
    await db(table).where(scope).whereIn(column, part).delete();
  }
}

/** `SELECT … WHERE column IN (values)` in chunks, the results concatenated. */
export async function selectWhereIn<Row>(
  db: Db,
  values: string[],
  query: (part: string[]) => Knex.QueryBuilder,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const part of chunk(values, maxBindings(db) - 10)) {
    rows.push(...((await query(part)) as Row[]));
  }
  return rows;
}
