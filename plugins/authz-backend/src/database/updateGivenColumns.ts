import { Knex } from 'knex';
import { definedOnly } from './columnValues';

/**
 * A partial update of one row: writes the columns that were given (an
 * absent field keeps its value) and `alsoSet`, and stamps updated_at.
 */
export async function updateGivenColumns(
  trx: Knex.Transaction,
  table: string,
  where: Record<string, string>,
  columns: object,
  alsoSet: object = {},
): Promise<void> {
  await trx(table)
    .where(where)
    .update({ ...definedOnly(columns), ...alsoSet, updated_at: new Date() });
}
