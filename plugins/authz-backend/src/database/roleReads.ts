import { NotFoundError } from '@backstage/errors';
import { AuthzRole, RoleType } from '@internal/plugin-authz-common';
import { Knex } from 'knex';
import { orUndefined, toBoolean, toCount, toIsoTime } from './columnValues';

type Db = Knex | Knex.Transaction;

export type RoleRow = {
  id: string;
  name: string;
  description: string | null;
  type: RoleType;
  active: boolean | number;
  all_users: boolean | number;
  created_at: Date | number;
  updated_at: Date | number;
};

export const rolesTable = 'authz_roles';

/** A role by id, with its policies and how many principals hold it. */
export async function findRole(db: Db, id: string): Promise<AuthzRole> {
  const row = await db<RoleRow>(rolesTable).where({ id }).first();
  if (!row) throw new NotFoundError(`No role ${id}`);
  const [role] = await toRoles(db, [row]);
  return role;
}

export async function toRoles(db: Db, rows: RoleRow[]): Promise<AuthzRole[]> {
  const ids = rows.map(row => row.id);
  const counts = await db('authz_role_holders')
    .whereIn('role_id', ids)
    .groupBy('role_id', 'holder_kind')
    .select('role_id', 'holder_kind', db.raw('count(*) as count'));
  const countOf = (id: string, kind: string) =>
    toCount(
      counts.find(c => c.role_id === id && c.holder_kind === kind)?.count,
    );
  const policies = await db('authz_role_policies')
    .whereIn('role_id', ids)
    .orderBy('policy_id')
    .select('role_id', 'policy_id');
  return rows.map(row => ({
    id: row.id,
    name: row.name,
    description: orUndefined(row.description),
    type: row.type,
    active: toBoolean(row.active),
    allUsers: toBoolean(row.all_users),
    policyIds: policies.filter(p => p.role_id === row.id).map(p => p.policy_id),
    userCount: countOf(row.id, 'user'),
    groupCount: countOf(row.id, 'group'),
    departmentCount: countOf(row.id, 'department'),
    createdAt: toIsoTime(row.created_at),
    updatedAt: toIsoTime(row.updated_at),
  }));
}
