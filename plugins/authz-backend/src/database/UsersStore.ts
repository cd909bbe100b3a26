import {
  AuthzUser,
  Page,
  updateUserSchema,
  userListQuerySchema,
} from '@internal/plugin-authz-common';
import { z } from 'zod';
import { subtreeOf } from './departmentTree';
import { fetchPage, ListSpec } from './listPage';
import { PapWriter } from './PapWriter';
import { insertUser, NewUser, patchUser, removeUser } from './userOperations';
import { findUser, toUsers, UserRow, usersTable } from './userReads';

export type UserListQuery = z.output<typeof userListQuerySchema>;

const listSpec: ListSpec = {
  searchColumns: ['name', 'display_name', 'email'],
  sortColumns: {
    name: 'name',
    displayName: 'display_name',
    email: 'email',
    status: 'status',
    departmentRef: 'department_ref',
    lastLoginAt: 'last_login_at',
    source: 'source',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
  defaultSort: 'name',
  keyColumn: 'ref',
};

/** Users the PDP knows: from the catalog, or created here. */
export class UsersStore {
  constructor(private readonly writer: PapWriter) {}

  async list(query: UserListQuery): Promise<Page<AuthzUser>> {
    const db = this.writer.knex;
    const select = db<UserRow>(usersTable).select();
    if (query.status) select.where({ status: query.status });
    if (query.departmentRef) {
      select.whereIn(
        'department_ref',
        await this.departmentSubtree(query.departmentRef),
      );
    }
    if (query.groupRef) {
      select.whereIn(
        'ref',
        db('authz_group_members')
          .where({ group_ref: query.groupRef })
          .select('user_ref'),
      );
    }
    if (query.roleId) {
      select.whereIn(
        'ref',
        db('authz_role_holders')
          .where({ role_id: query.roleId, holder_kind: 'user' })
          .select('holder_ref'),
      );
    }
    const { rows, totalCount } = await fetchPage<UserRow>(
      select,
      listSpec,
      query,
    );
    return { items: await toUsers(db, rows), totalCount };
  }

  async get(ref: string): Promise<AuthzUser> {
    return findUser(this.writer.knex, ref);
  }

  /** Users of a department and of every department below it. */
  async inDepartment(departmentRef: string): Promise<AuthzUser[]> {
    const db = this.writer.knex;
    const rows = await db<UserRow>(usersTable)
      .whereIn('department_ref', await this.departmentSubtree(departmentRef))
      .orderBy('name');
    return toUsers(db, rows);
  }

  async create(actor: string, input: NewUser): Promise<AuthzUser> {
    return this.writer.write(actor, (trx, record) =>
      insertUser(trx, record, input),
    );
  }

  async update(
    actor: string,
    ref: string,
    patch: z.output<typeof updateUserSchema>,
  ): Promise<AuthzUser> {
    return this.writer.write(actor, (trx, record) =>
      patchUser(trx, record, ref, patch),
    );
  }

  async delete(actor: string, ref: string): Promise<void> {
    await this.writer.write(actor, (trx, record) =>
      removeUser(trx, record, ref),
    );
  }

  /**
   * Notes a sign-in. Not an admin change and not PDP state, so it is neither
   * audited nor moves the revision (that would reload every replica's PDP on
   * every sign-in). Unknown users are ignored.
   */
  async touchLastLogin(userRef: string, at: Date = new Date()): Promise<void> {
    await this.writer
      .knex(usersTable)
      .where({ ref: userRef })
      .update({ last_login_at: at });
  }

  private async departmentSubtree(ref: string): Promise<string[]> {
    const rows = await this.writer
      .knex('authz_departments')
      .select('ref', 'parent_ref as parentRef');
    return subtreeOf(rows, ref);
  }
}
