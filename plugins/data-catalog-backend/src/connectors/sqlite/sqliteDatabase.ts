import knexFactory, { Knex } from 'knex';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';

/**
 * Opens a SQLite file through knex's better-sqlite3 client (the driver the
 * backend already ships), read-only unless `writable`, and always closes it.
 */
export async function withSqlite<T>(
  filename: string,
  use: (db: Knex) => Promise<T>,
  options: { writable?: boolean } = {},
): Promise<T> {
  if (!options.writable) await assertDatabaseFile(filename);
  const db = knexFactory({
    client: 'better-sqlite3',
    connection: { filename, options: { readonly: !options.writable } },
    useNullAsDefault: true,
    pool: { min: 0, max: 1 },
  });
  try {
    return await use(db);
  } finally {
    await db.destroy();
  }
}

/** Opening a missing file read-only fails obscurely; say what is wrong. */
async function assertDatabaseFile(filename: string) {
  const info = await stat(filename).catch(() => undefined);
  if (!info?.isFile()) {
    throw new Error(`SQLite database file ${filename} does not exist`);
  }
}

/** A file is one database, named after the file without its extension. */
export function sqliteDatabaseName(filename: string): string {
  return basename(filename, extname(filename));
}

export const sqliteSchema = 'main';

export function quoteSqliteIdentifier(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
