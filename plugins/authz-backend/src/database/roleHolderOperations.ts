import { RoleHolderKind } from '@internal/plugin-authz-common';
import { Knex } from 'knex';
import { changeOf, RecordChange } from './PapWriter';
import { findRole } from './roleReads';

/** A principal a role is attached to. */
export type RoleHolder = { kind: RoleHolderKind; ref: string };

const table = 'authz_role_holders';

/**
 * Attaches a role to principals, inside a caller's transaction (role routes,
 * bulk user actions, the bootstrap administrators). Holders already attached
 * stay as they are. Returns the holders that were newly attached.
 */
export async function attachRoleHolders(
  trx: Knex.Transaction,
  record: RecordChange,
  roleId: string,
  holders: RoleHolder[],
): Promise<RoleHolder[]> {
  await findRole(trx, roleId);
  const existing = await holdersOf(trx, roleId);
  const added = unique(holders).filter(
    h => !existing.some(e => e.kind === h.kind && e.ref === h.ref),
  );
  if (added.length > 0) {
    await trx(table).insert(
      added.map(h => ({
        role_id: roleId,
        holder_kind: h.kind,
        holder_ref: h.ref,
      })),
    );
  }
  await record({
    ...changeOf('role', 'attach-holders', roleId),
    after: { holders },
  });
  return added;
}

export async function detachRoleHolders(
  trx: Knex.Transaction,
  record: RecordChange,
  roleId: string,
  holders: RoleHolder[],
): Promise<void> {
  await findRole(trx, roleId);
  for (const holder of holders) {
    await trx(table)
      .where({
        role_id: roleId,
        holder_kind: holder.kind,
        holder_ref: holder.ref,
      })
      .delete();
  }
  await record({
    ...changeOf('role', 'detach-holders', roleId),
    before: { holders },
  });
}

export async function holdersOf(
  db: Knex | Knex.Transaction,
  roleId: string,
): Promise<RoleHolder[]> {
  const rows = await db(table)
    .where({ role_id: roleId })
    .orderBy(['holder_kind', 'holder_ref'])
    .select('holder_kind', 'holder_ref');
  return rows.map(row => ({ kind: row.holder_kind, ref: row.holder_ref }));
}

function unique(holders: RoleHolder[]): RoleHolder[] {
  const seen = new Set<string>();
  return holders.filter(h => {
    const key = `${h.kind} ${h.ref}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
