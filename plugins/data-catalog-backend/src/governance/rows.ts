import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';

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

/**
 * Names are unique per vocabulary table (tag categories, tags, glossary
 * terms): 409 when another row than `exceptId` already has this one.
 */
export async function assertNameFree(
  db: Knex | Knex.Transaction,
  vocabulary: { table: string; label: string },
  name: string,
  exceptId?: string,
): Promise<void> {
  const clash = await db(vocabulary.table)
    .where('name', name)
    .modify(q => (exceptId ? q.whereNot('id', exceptId) : q))
    .first('id');
  if (clash)
    throw new ConflictError(`A ${vocabulary.label} named ${name} exists`);
}
