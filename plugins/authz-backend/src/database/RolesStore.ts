import { ConflictError } from '@backstage/errors';
import {
  AuthzRole,
  createRoleSchema,
  ListQuery,
  Page,
  RoleType,
  updateRoleSchema,
} from '@internal/plugin-authz-common';
import { z } from 'zod';
import { orUndefined } from './columnValues';
import { fetchPage, ListSpec } from './listPage';
import { changeOf, PapWriter } from './PapWriter';
import {
  attachRoleHolders,
  detachRoleHolders,
  holdersOf,
  RoleHolder,
} from './roleHolderOperations';
import {
  attachRolePolicies,
  insertRole,
  requireFreeRoleName,
} from './roleOperations';
import { findRole, RoleRow, rolesTable, toRoles } from './roleReads';
import { updateGivenColumns } from './updateGivenColumns';

export type RoleListQuery = ListQuery & { type?: RoleType; active?: boolean };

/** A holder with the name the admin screens show for it. */
export type RoleHolderView = RoleHolder & { displayName?: string };

const listSpec: ListSpec = {
  searchColumns: ['name', 'description'],
  sortColumns: {
    name: 'name',
    type: 'type',
    active: 'active',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
  defaultSort: 'name',
  keyColumn: 'id',
};

/** Roles, what holds them and which policies they carry. */
export class RolesStore {
  constructor(private readonly writer: PapWriter) {}

  async list(query: RoleListQuery): Promise<Page<AuthzRole>> {
    const db = this.writer.knex;
    const select = db<RoleRow>(rolesTable).select();
    if (query.type) select.where({ type: query.type });
    if (query.active !== undefined) select.where({ active: query.active });
    const { rows, totalCount } = await fetchPage<RoleRow>(
      select,
      listSpec,
      query,
    );
    return { items: await toRoles(db, rows), totalCount };
  }

  async get(id: string): Promise<AuthzRole> {
    return findRole(this.writer.knex, id);
  }

  async create(
    actor: string,
    input: z.output<typeof createRoleSchema>,
  ): Promise<AuthzRole> {
    return this.writer.write(actor, (trx, record) =>
      insertRole(trx, record, input, 'custom'),
    );
  }

  async update(
    actor: string,
    id: string,
    input: z.output<typeof updateRoleSchema>,
  ): Promise<AuthzRole> {
    return this.writer.write(actor, async (trx, record) => {
      const before = await findRole(trx, id);
      if (input.name !== undefined && input.name !== before.name) {
        await requireFreeRoleName(trx, input.name);
      }
      const columns = {
        name: input.name,
        description: input.description,
        active: input.active,
        all_users: input.allUsers,
      };
      await updateGivenColumns(trx, rolesTable, { id }, columns);
      const after = await findRole(trx, id);
      await record({ ...changeOf('role', 'update', id), before, after });
      return after;
    });
  }

  /** System roles keep the portal usable, so they can be deactivated only. */
  async delete(actor: string, id: string): Promise<void> {
    await this.writer.write(actor, async (trx, record) => {
      const before = await findRole(trx, id);
      if (before.type === 'system') {
        throw new ConflictError(
          `${before.name} is a system role and cannot be deleted; deactivate it instead`,
        );
      }
      await trx(rolesTable).where({ id }).delete();
      await record({ ...changeOf('role', 'delete', id), before });
    });
  }

  async holders(id: string): Promise<RoleHolderView[]> {
    const db = this.writer.knex;
    await findRole(db, id);
    const holders = await holdersOf(db, id);
    const names = new Map<string, string | null>();
    const lookups: Array<[string, string]> = [
      ['authz_users', 'display_name'],
      ['authz_groups', 'title'],
      ['authz_departments', 'title'],
    ];
    for (const [lookupTable, column] of lookups) {
      const rows = await db(lookupTable)
        .whereIn(
          'ref',
          holders.map(h => h.ref),
        )
        .select('ref', `${column} as displayName`);
      for (const row of rows) names.set(row.ref, row.displayName);
    }
    return holders.map(h => ({
      ...h,
      displayName: orUndefined(names.get(h.ref)),
    }));
  }

  async attachHolders(actor: string, id: string, holders: RoleHolder[]) {
    await this.writer.write(actor, (trx, record) =>
      attachRoleHolders(trx, record, id, holders),
    );
    return this.get(id);
  }

  async detachHolders(actor: string, id: string, holders: RoleHolder[]) {
    await this.writer.write(actor, (trx, record) =>
      detachRoleHolders(trx, record, id, holders),
    );
    return this.get(id);
  }

  async attachPolicies(actor: string, id: string, policyIds: string[]) {
    return this.writer.write(actor, (trx, record) =>
      attachRolePolicies(trx, record, id, policyIds),
    );
  }

  async detachPolicies(actor: string, id: string, policyIds: string[]) {
    return this.writer.write(actor, async (trx, record) => {
      const before = await findRole(trx, id);
      await trx('authz_role_policies')
        .where({ role_id: id })
        .whereIn('policy_id', policyIds)
        .delete();
      const after = await findRole(trx, id);
      await record({
        ...changeOf('role', 'detach-policies', id),
        before,
        after,
      });
      return after;
    });
  }
}
