import { Knex } from 'knex';

const table = 'authz_revision';

/** Moves the PAP revision on; the PDP reloads when it sees it change. */
export async function bumpRevision(trx: Knex.Transaction): Promise<number> {
  await trx(table).update({ revision: trx.raw('revision + 1') });
  return readRevision(trx);
}

export async function readRevision(
  db: Knex | Knex.Transaction,
): Promise<number> {
  const row = await db(table).first('revision');
  return Number(row?.revision ?? 0);
}

/**
 * Takes the revision row's write lock for the rest of the transaction, so
 * that replicas starting together do not both seed (SQLite serialises
 * writers anyway).
 */
export async function lockRevision(trx: Knex.Transaction): Promise<void> {
  await trx(table).update({ revision: trx.ref('revision') });
}
