import { InputError } from '@backstage/errors';
import { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

/**
 * Checks that the refs or ids a request names exist, failing with a 400 that
 * names the field: `departmentRef: no department ...` for a single value,
 * `memberRefs[2]: no user ...` for a list.
 */
function requireExisting(table: string, key: string, noun: string) {
  return async (db: Db, values: string | string[], field: string) => {
    const list = ([] as string[]).concat(values);
    if (list.length === 0) return;
    const rows = await db(table).whereIn(key, list).select(key);
    const found = new Set(rows.map(row => row[key]));
    const index = list.findIndex(value => !found.has(value));
    if (index >= 0) {
      const where = Array.isArray(values) ? `${field}[${index}]` : field;
      throw new InputError(`${where}: no ${noun} ${list[index]}`);
    }
  };
}

export const requireDepartments = requireExisting(
  'authz_departments',
  'ref',
  'department',
);
export const requireGroups = requireExisting('authz_groups', 'ref', 'group');
export const requireUsers = requireExisting('authz_users', 'ref', 'user');
export const requirePolicies = requireExisting(
  'authz_policies',
  'id',
  'policy',
);

/** Groups and departments share the `group:` ref space of the catalog. */
export async function isGroupRefTaken(db: Db, ref: string): Promise<boolean> {
  const group = await db('authz_groups').where({ ref }).first('ref');
  const department = await db('authz_departments').where({ ref }).first('ref');
  return Boolean(group || department);
}

export const requireRoles = requireExisting('authz_roles', 'id', 'role');
