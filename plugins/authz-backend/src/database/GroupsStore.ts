import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  AuthzGroup,
  createGroupSchema,
  ListQuery,
  Page,
  PrincipalSource,
  updateGroupSchema,
} from '@internal/plugin-authz-common';
import { Knex } from 'knex';
import { z } from 'zod';
import { definedOnly, orUndefined } from './columnValues';
import { fetchPage, ListSpec } from './listPage';
import { changeOf, PapWriter } from './PapWriter';
import { isGroupRefTaken, requireUsers } from './references';
import { deleteHoldersOf, roleIdsByHolder } from './roleHolderQueries';

type Db = Knex | Knex.Transaction;

type GroupRow = {
  ref: string;
  name: string;
  title: string | null;
  description: string | null;
  department_ref: string | null;
  source: PrincipalSource;
};

/** A group with the department it sits under (set by the catalog sync). */
export type AuthzGroupView = AuthzGroup & { departmentRef?: string };

export type GroupListQuery = ListQuery & { departmentRef?: string };

const table = 'authz_groups';
const membersTable = 'authz_group_members';

const listSpec: ListSpec = {
  searchColumns: ['name', 'title', 'description'],
  sortColumns: {
    name: 'name',
    title: 'title',
    departmentRef: 'department_ref',
    source: 'source',
  },
  defaultSort: 'name',
  keyColumn: 'ref',
};

/** Ordinary groups (teams) and their members. */
export class GroupsStore {
  constructor(private readonly writer: PapWriter) {}

  async list(query: GroupListQuery): Promise<Page<AuthzGroupView>> {
    const db = this.writer.knex;
    const select = db<GroupRow>(table).select();
    if (query.departmentRef) {
      select.where({ department_ref: query.departmentRef });
    }
    const { rows, totalCount } = await fetchPage<GroupRow>(
      select,
      listSpec,
      query,
    );
    return { items: await toGroups(db, rows), totalCount };
  }

  async get(ref: string): Promise<AuthzGroupView> {
    return findGroup(this.writer.knex, ref);
  }

  async create(
    actor: string,
    input: z.output<typeof createGroupSchema>,
  ): Promise<AuthzGroupView> {
    const ref = `group:default/${input.name}`;
    return this.writer.write(actor, async (trx, record) => {
      if (await isGroupRefTaken(trx, ref)) {
        throw new ConflictError(`${ref} already exists`);
      }
      await trx(table).insert({
        ref,
        name: input.name,
        title: input.title ?? null,
        description: input.description ?? null,
        source: 'local',
      });
      const after = await findGroup(trx, ref);
      await record({ ...changeOf('group', 'create', ref), after });
      return after;
    });
  }

  async update(
    actor: string,
    ref: string,
    input: z.output<typeof updateGroupSchema>,
  ): Promise<AuthzGroupView> {
    return this.writer.write(actor, async (trx, record) => {
      const before = await findLocalGroup(trx, ref, 'edited');
      const changed = definedOnly({
        title: input.title,
        description: input.description,
      });
      if (Object.keys(changed).length > 0) {
        await trx(table).where({ ref }).update(changed);
      }
      const after = await findGroup(trx, ref);
      await record({ ...changeOf('group', 'update', ref), before, after });
      return after;
    });
  }

  async delete(actor: string, ref: string): Promise<void> {
    await this.writer.write(actor, async (trx, record) => {
      const before = await findLocalGroup(trx, ref, 'deleted');
      await deleteHoldersOf(trx, 'group', [ref]);
      await trx(table).where({ ref }).delete();
      await record({ ...changeOf('group', 'delete', ref), before });
    });
  }

  /** Replaces the member list (the bulk edit of the members screen). */
  async setMembers(actor: string, ref: string, memberRefs: string[]) {
    return this.changeMembers(actor, ref, 'set-members', async trx => {
      await requireUsers(trx, memberRefs, 'memberRefs');
      await trx(membersTable).where({ group_ref: ref }).delete();
      await insertMembers(trx, ref, memberRefs);
    });
  }

  async addMember(actor: string, ref: string, userRef: string) {
    return this.changeMembers(actor, ref, 'add-member', async (trx, before) => {
      await requireUsers(trx, userRef, 'userRef');
      if (!before.memberRefs.includes(userRef)) {
        await insertMembers(trx, ref, [userRef]);
      }
    });
  }

  async removeMember(actor: string, ref: string, userRef: string) {
    return this.changeMembers(
      actor,
      ref,
      'remove-member',
      async (trx, before) => {
        if (!before.memberRefs.includes(userRef)) {
          throw new NotFoundError(`${userRef} is not a member of ${ref}`);
        }
        await trx(membersTable)
          .where({ group_ref: ref, user_ref: userRef })
          .delete();
      },
    );
  }

  private async changeMembers(
    actor: string,
    ref: string,
    verb: string,
    work: (trx: Knex.Transaction, before: AuthzGroupView) => Promise<void>,
  ): Promise<AuthzGroupView> {
    return this.writer.write(actor, async (trx, record) => {
      const before = await findLocalGroup(trx, ref, 'edited');
      await work(trx, before);
      const after = await findGroup(trx, ref);
      await record({ ...changeOf('group', verb, ref), before, after });
      return after;
    });
  }
}

export async function findGroup(db: Db, ref: string): Promise<AuthzGroupView> {
  const row = await db<GroupRow>(table).where({ ref }).first();
  if (!row) throw new NotFoundError(`No group ${ref}`);
  const [group] = await toGroups(db, [row]);
  return group;
}

/** Catalog groups, and who is in them, are rebuilt by every sync. */
async function findLocalGroup(
  db: Db,
  ref: string,
  verb: string,
): Promise<AuthzGroupView> {
  const group = await findGroup(db, ref);
  if (group.source === 'catalog') {
    throw new ConflictError(
      `${ref} comes from the catalog and cannot be ${verb} here`,
    );
  }
  return group;
}

async function toGroups(db: Db, rows: GroupRow[]): Promise<AuthzGroupView[]> {
  const refs = rows.map(row => row.ref);
  const members = await db(membersTable)
    .whereIn('group_ref', refs)
    .orderBy('user_ref')
    .select('group_ref', 'user_ref');
  const roleIds = await roleIdsByHolder(db, 'group', refs);
  return rows.map(row => {
    const memberRefs = members
      .filter(m => m.group_ref === row.ref)
      .map(m => m.user_ref);
    const roles = roleIds.get(row.ref) ?? [];
    return {
      ref: row.ref,
      name: row.name,
      title: orUndefined(row.title),
      description: orUndefined(row.description),
      departmentRef: orUndefined(row.department_ref),
      memberRefs,
      roleIds: roles,
      memberCount: memberRefs.length,
      roleCount: roles.length,
      source: row.source,
    };
  });
}

async function insertMembers(
  trx: Knex.Transaction,
  groupRef: string,
  userRefs: string[],
) {
  if (userRefs.length === 0) return;
  await trx(membersTable).insert(
    [...new Set(userRefs)].map(user_ref => ({ group_ref: groupRef, user_ref })),
  );
}
