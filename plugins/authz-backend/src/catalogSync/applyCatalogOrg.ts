import { Knex } from 'knex';
import { ancestorChains } from '../database/departmentTree';
import { CatalogOrg } from './catalogOrg';

type Counts = { created: number; updated: number; deleted: number };

export type CatalogSyncCounts = {
  departments: Counts;
  groups: Counts;
  users: Counts;
  memberships: { added: number; removed: number };
};

type Row = Record<string, unknown> & { ref: string };

const chunkSize = 200;

/**
 * Makes the catalog-sourced rows match `org`, inside the caller's
 * transaction. Only what the catalog owns is written: a user's status, last
 * sign-in and role holders stay as they are, and local principals are left
 * alone unless the catalog now has one of the same ref (it takes it over).
 * With `deleteMissing`, catalog rows and memberships the catalog no longer
 * has are removed; role holders stay, so a principal that comes back has
 * its roles again.
 */
export async function applyCatalogOrg(
  trx: Knex.Transaction,
  org: CatalogOrg,
  options: { deleteMissing: boolean },
): Promise<CatalogSyncCounts> {
  const now = new Date();
  const chains = ancestorChains(org.departments);
  const parentsFirst = [...org.departments].sort(
    (a, b) =>
      (chains.get(a.ref)?.length ?? 0) - (chains.get(b.ref)?.length ?? 0),
  );
  const departments = await syncTable(
    trx,
    'authz_departments',
    parentsFirst.map(d => ({
      ref: d.ref,
      name: d.name,
      title: d.title ?? null,
      parent_ref: d.parentRef ?? null,
      position: d.position,
    })),
    {},
    options,
  );
  const groups = await syncTable(
    trx,
    'authz_groups',
    org.groups.map(g => ({
      ref: g.ref,
      name: g.name,
      title: g.title ?? null,
      description: g.description ?? null,
      department_ref: g.departmentRef ?? null,
    })),
    {},
    options,
  );
  const users = await syncTable(
    trx,
    'authz_users',
    org.users.map(u => ({
      ref: u.ref,
      name: u.name,
      display_name: u.displayName ?? null,
      email: u.email ?? null,
      department_ref: u.departmentRef ?? null,
    })),
    {
      onInsert: { status: 'active', created_at: now },
      onWrite: { updated_at: now },
    },
    options,
  );
  const memberships = await syncMemberships(trx, org, options);
  return { departments, groups, users, memberships };
}

/** Inserts, updates and (optionally) deletes the catalog rows of a table. */
async function syncTable(
  trx: Knex.Transaction,
  table: string,
  desired: Row[],
  extra: { onInsert?: object; onWrite?: object },
  options: { deleteMissing: boolean },
): Promise<Counts> {
  const columns = Object.keys(desired[0] ?? { ref: '' });
  const existing = new Map<string, Row>(
    (await trx(table).select([...columns, 'source'])).map(row => [
      row.ref,
      row,
    ]),
  );
  const counts: Counts = { created: 0, updated: 0, deleted: 0 };
  const inserts: Row[] = [];
  for (const row of desired) {
    const current = existing.get(row.ref);
    const write = { ...row, source: 'catalog', ...extra.onWrite };
    if (!current) {
      inserts.push({ ...write, ...extra.onInsert });
      counts.created += 1;
    } else if (
      current.source !== 'catalog' ||
      columns.some(column => (current[column] ?? null) !== row[column])
    ) {
      // Departments reference each other: a parent may be waiting to insert.
      await insertChunked(trx, table, inserts.splice(0));
      await trx(table).where({ ref: row.ref }).update(write);
      counts.updated += 1;
    }
  }
  await insertChunked(trx, table, inserts);
  if (options.deleteMissing) {
    const keep = new Set(desired.map(row => row.ref));
    const stale = [...existing.values()]
      .filter(row => row.source === 'catalog' && !keep.has(row.ref))
      .map(row => row.ref);
    for (let i = 0; i < stale.length; i += chunkSize) {
      await trx(table)
        .whereIn('ref', stale.slice(i, i + chunkSize))
        .delete();
    }
    counts.deleted = stale.length;
  }
  return counts;
}

/** Members of catalog groups are exactly those the catalog lists. */
async function syncMemberships(
  trx: Knex.Transaction,
  org: CatalogOrg,
  options: { deleteMissing: boolean },
) {
  const key = (m: { group_ref: string; user_ref: string }) =>
    `${m.group_ref} ${m.user_ref}`;
  const desired = new Map(
    org.memberships.map(m => {
      const row = { group_ref: m.groupRef, user_ref: m.userRef };
      return [key(row), row];
    }),
  );
  const existing = await trx('authz_group_members')
    .join('authz_groups', 'authz_groups.ref', 'authz_group_members.group_ref')
    .where('authz_groups.source', 'catalog')
    .select('group_ref', 'user_ref');
  const existingKeys = new Set(existing.map(key));
  const removed = options.deleteMissing
    ? existing.filter(m => !desired.has(key(m)))
    : [];
  for (const m of removed) {
    await trx('authz_group_members').where(m).delete();
  }
  const added = [...desired.values()].filter(m => !existingKeys.has(key(m)));
  await insertChunked(trx, 'authz_group_members', added);
  return { added: added.length, removed: removed.length };
}

async function insertChunked(
  trx: Knex.Transaction,
  table: string,
  rows: object[],
) {
  for (let i = 0; i < rows.length; i += chunkSize) {
    await trx(table).insert(rows.slice(i, i + chunkSize));
  }
}
