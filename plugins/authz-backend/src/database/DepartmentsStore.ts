import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  AuthzDepartment,
  createDepartmentSchema,
  moveDepartmentSchema,
  PrincipalSource,
  updateDepartmentSchema,
} from '@internal/plugin-authz-common';
import { Knex } from 'knex';
import { z } from 'zod';
import { orUndefined, toCount } from './columnValues';
import { ancestorChains, siblingsOf, subtreeOf } from './departmentTree';
import { changeOf, PapWriter } from './PapWriter';
import { isGroupRefTaken, requireDepartments } from './references';
import { deleteHoldersOf, roleIdsByHolder } from './roleHolderQueries';

type Db = Knex | Knex.Transaction;

type DepartmentRow = {
  ref: string;
  name: string;
  title: string | null;
  parent_ref: string | null;
  position: number;
  source: PrincipalSource;
};

/** A department with its sub-departments, for the tree view. */
export type DepartmentTreeNode = AuthzDepartment & {
  children: DepartmentTreeNode[];
};

const table = 'authz_departments';

/** The department tree: catalog groups of `spec.type: department`. */
export class DepartmentsStore {
  constructor(private readonly writer: PapWriter) {}

  /** The whole tree, flat in tree order and nested. */
  async list(): Promise<{
    items: AuthzDepartment[];
    tree: DepartmentTreeNode[];
  }> {
    const all = await this.loadAll(this.writer.knex);
    const nest = (parentRef: string | null): DepartmentTreeNode[] =>
      siblingsOf(all, parentRef).map(d => ({ ...d, children: nest(d.ref) }));
    const tree = nest(null);
    const flatten = (nodes: DepartmentTreeNode[]): AuthzDepartment[] =>
      nodes.flatMap(({ children, ...department }) => [
        department,
        ...flatten(children),
      ]);
    return { items: flatten(tree), tree };
  }

  async get(ref: string): Promise<AuthzDepartment> {
    return this.find(this.writer.knex, ref);
  }

  async create(
    actor: string,
    input: z.output<typeof createDepartmentSchema>,
  ): Promise<AuthzDepartment> {
    const ref = `group:default/${input.name}`;
    return this.writer.write(actor, async (trx, record) => {
      if (await isGroupRefTaken(trx, ref)) {
        throw new ConflictError(`${ref} already exists`);
      }
      const parentRef = input.parentRef ?? null;
      if (parentRef) await requireDepartments(trx, parentRef, 'parentRef');
      const siblings = await trx(table).where({ parent_ref: parentRef });
      await trx(table).insert({
        ref,
        name: input.name,
        title: input.title ?? null,
        parent_ref: parentRef,
        position: siblings.length,
        source: 'local',
      });
      const after = await this.find(trx, ref);
      await record({ ...changeOf('department', 'create', ref), after });
      return after;
    });
  }

  async update(
    actor: string,
    ref: string,
    input: z.output<typeof updateDepartmentSchema>,
  ): Promise<AuthzDepartment> {
    return this.writer.write(actor, async (trx, record) => {
      const before = await this.findLocal(trx, ref, 'edited');
      if (input.title !== undefined) {
        await trx(table).where({ ref }).update({ title: input.title });
      }
      const after = await this.find(trx, ref);
      await record({ ...changeOf('department', 'update', ref), before, after });
      return after;
    });
  }

  /**
   * Moves a department under a new parent (null: a root) at a sibling index;
   * the same parent with another index is a reorder. Both sibling lists are
   * renumbered 0..n-1.
   */
  async move(
    actor: string,
    ref: string,
    input: z.output<typeof moveDepartmentSchema>,
  ): Promise<AuthzDepartment> {
    return this.writer.write(actor, async (trx, record) => {
      const before = await this.findLocal(trx, ref, 'moved');
      const rows = await trx<DepartmentRow>(table).select();
      const links = rows.map(toLink);
      const { parentRef } = input;
      if (parentRef) {
        await requireDepartments(trx, parentRef, 'parentRef');
        if (subtreeOf(links, ref).includes(parentRef)) {
          throw new InputError(
            `parentRef: cannot move ${ref} under itself or one of its sub-departments`,
          );
        }
      }
      const oldSiblings = siblingsOf(links, before.parentRef ?? null).filter(
        d => d.ref !== ref,
      );
      const newSiblings: Array<{ ref: string }> = siblingsOf(
        links,
        parentRef,
      ).filter(d => d.ref !== ref);
      const position = Math.min(input.position, newSiblings.length);
      newSiblings.splice(position, 0, { ref });
      await renumber(trx, oldSiblings);
      await trx(table).where({ ref }).update({ parent_ref: parentRef });
      await renumber(trx, newSiblings);
      const after = await this.find(trx, ref);
      await record({ ...changeOf('department', 'move', ref), before, after });
      return after;
    });
  }

  async delete(actor: string, ref: string): Promise<void> {
    await this.writer.write(actor, async (trx, record) => {
      const before = await this.findLocal(trx, ref, 'deleted');
      const children = await trx(table)
        .where({ parent_ref: ref })
        .select('ref');
      if (children.length > 0) {
        throw new ConflictError(
          `${ref} has ${children.length} sub-departments; move or delete them first`,
        );
      }
      await deleteHoldersOf(trx, 'department', [ref]);
      await trx(table).where({ ref }).delete();
      const rows = await trx<DepartmentRow>(table).select();
      await renumber(
        trx,
        siblingsOf(rows.map(toLink), before.parentRef ?? null),
      );
      await record({ ...changeOf('department', 'delete', ref), before });
    });
  }

  private async find(db: Db, ref: string): Promise<AuthzDepartment> {
    const department = (await this.loadAll(db)).find(d => d.ref === ref);
    if (!department) throw new NotFoundError(`No department ${ref}`);
    return department;
  }

  /** Catalog departments are rebuilt by every sync, so only local ones change. */
  private async findLocal(
    db: Db,
    ref: string,
    verb: string,
  ): Promise<AuthzDepartment> {
    const department = await this.find(db, ref);
    if (department.source === 'catalog') {
      throw new ConflictError(
        `${ref} comes from the catalog and cannot be ${verb} here`,
      );
    }
    return department;
  }

  private async loadAll(db: Db): Promise<AuthzDepartment[]> {
    const rows = await db<DepartmentRow>(table).select();
    const links = rows.map(toLink);
    const chains = ancestorChains(links);
    const counts = await db('authz_users')
      .whereNotNull('department_ref')
      .groupBy('department_ref')
      .select('department_ref', db.raw('count(*) as count'));
    const direct = new Map<string, number>(
      counts.map(row => [row.department_ref, toCount(row.count)]),
    );
    const roleIds = await roleIdsByHolder(
      db,
      'department',
      rows.map(row => row.ref),
    );
    return rows.map(row => {
      const chain = chains.get(row.ref) ?? [row.ref];
      const memberCount = rows
        .filter(other => chains.get(other.ref)?.includes(row.ref))
        .reduce((sum, other) => sum + (direct.get(other.ref) ?? 0), 0);
      return {
        ref: row.ref,
        name: row.name,
        title: orUndefined(row.title),
        parentRef: orUndefined(row.parent_ref),
        position: row.position,
        path: [...chain].reverse(),
        roleIds: roleIds.get(row.ref) ?? [],
        memberCount,
        source: row.source,
      };
    });
  }
}

function toLink(row: DepartmentRow) {
  return { ref: row.ref, parentRef: row.parent_ref, position: row.position };
}

async function renumber(
  trx: Knex.Transaction,
  siblings: Array<{ ref: string }>,
): Promise<void> {
  for (const [position, sibling] of siblings.entries()) {
    await trx(table).where({ ref: sibling.ref }).update({ position });
  }
}
