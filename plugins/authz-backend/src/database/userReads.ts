import { NotFoundError } from '@backstage/errors';
import {
  AuthzUser,
  PrincipalSource,
  UserStatus,
} from '@internal/plugin-authz-common';
import { Knex } from 'knex';
import { orUndefined, toIsoTime, toOptionalIsoTime } from './columnValues';
import { roleIdsByHolder } from './roleHolderQueries';

type Db = Knex | Knex.Transaction;

export type UserRow = {
  ref: string;
  name: string;
  display_name: string | null;
  email: string | null;
  status: UserStatus;
  department_ref: string | null;
  last_login_at: Date | number | null;
  source: PrincipalSource;
  created_at: Date | number;
  updated_at: Date | number;
};

export const usersTable = 'authz_users';

/** Rows as API users, with their groups and directly held roles. */
export async function toUsers(db: Db, rows: UserRow[]): Promise<AuthzUser[]> {
  const refs = rows.map(row => row.ref);
  const groupRefs = new Map<string, string[]>(refs.map(ref => [ref, []]));
  if (refs.length > 0) {
    const memberships = await db('authz_group_members')
      .whereIn('user_ref', refs)
      .orderBy('group_ref')
      .select('user_ref', 'group_ref');
    for (const m of memberships) groupRefs.get(m.user_ref)?.push(m.group_ref);
  }
  const roleIds = await roleIdsByHolder(db, 'user', refs);
  return rows.map(row => ({
    ref: row.ref,
    name: row.name,
    displayName: orUndefined(row.display_name),
    email: orUndefined(row.email),
    status: row.status,
    departmentRef: orUndefined(row.department_ref),
    groupRefs: groupRefs.get(row.ref) ?? [],
    roleIds: roleIds.get(row.ref) ?? [],
    lastLoginAt: toOptionalIsoTime(row.last_login_at),
    source: row.source,
    createdAt: toIsoTime(row.created_at),
    updatedAt: toIsoTime(row.updated_at),
  }));
}

export async function findUser(db: Db, ref: string): Promise<AuthzUser> {
  const row = await db<UserRow>(usersTable).where({ ref }).first();
  if (!row) throw new NotFoundError(`No user ${ref}`);
  const [user] = await toUsers(db, [row]);
  return user;
}
