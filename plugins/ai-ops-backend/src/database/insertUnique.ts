import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';

// PostgreSQL's unique_violation; SQLite's (better-sqlite3: SQLITE_CONSTRAINT_UNIQUE).
export function isUniqueViolation(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return (
    code === '23505' ||
    (Boolean(code?.startsWith('SQLITE_CONSTRAINT')) &&
      /UNIQUE|PRIMARY KEY/i.test(message ?? ''))
  );
}

/**
 * Inserts a row whose name must be free: a unique violation (also from a
 * concurrent insert) becomes a 409 with `conflictMessage`.
 */
export async function insertUnique(
  knex: Knex | Knex.Transaction,
  table: string,
  row: Record<string, unknown>,
  conflictMessage: string,
): Promise<void> {
  try {
    await knex(table).insert(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(conflictMessage);
    throw error;
  }
}
