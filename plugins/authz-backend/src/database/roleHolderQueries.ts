import { RoleHolderKind } from '@internal/plugin-authz-common';
import { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

/** Principal ref → ids of the roles attached to it directly. */
export async function roleIdsByHolder(
  db: Db,
  kind: RoleHolderKind,
  refs: string[],
): Promise<Map<string, string[]>> {
  const byRef = new Map<string, string[]>(refs.map(ref => [ref, []]));
  if (refs.length === 0) return byRef;
  const rows = await db('authz_role_holders')
    .where({ holder_kind: kind })
    .whereIn('holder_ref', refs)
    .orderBy('role_id')
    .select('holder_ref', 'role_id');
  for (const row of rows) byRef.get(row.holder_ref)?.push(row.role_id);
  return byRef;
}

/** A deleted principal keeps no roles that would return with its name. */
export async function deleteHoldersOf(
  trx: Knex.Transaction,
  kind: RoleHolderKind,
  refs: string[],
): Promise<void> {
  if (refs.length === 0) return;
  await trx('authz_role_holders')
    .where({ holder_kind: kind })
    .whereIn('holder_ref', refs)
    .delete();
}
