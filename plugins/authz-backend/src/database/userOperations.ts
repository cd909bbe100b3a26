import { ConflictError } from '@backstage/errors';
import {
  AuthzUser,
  createUserSchema,
  updateUserSchema,
} from '@internal/plugin-authz-common';
import { Knex } from 'knex';
import { z } from 'zod';
import { changeOf, RecordChange } from './PapWriter';
import { requireDepartments, requireGroups } from './references';
import { deleteHoldersOf } from './roleHolderQueries';
import { updateGivenColumns } from './updateGivenColumns';
import { findUser, usersTable } from './userReads';

/**
 * User mutations inside a caller's transaction, shared by the single-user
 * routes, bulk actions and the CSV import. Each checks everything before it
 * writes, so one that throws leaves the transaction as it found it and a
 * batch can go on with the next user.
 */
export type NewUser = z.output<typeof createUserSchema>;
export type UserPatch = z.output<typeof updateUserSchema> & {
  /** Replaces the user's memberships (CSV import). */
  groupRefs?: string[];
};

/** What the catalog sync overwrites, so it cannot be edited locally. */
const catalogOwnedFields = [
  'displayName',
  'email',
  'departmentRef',
  'groupRefs',
] as const;

export function userRefOf(name: string): string {
  return `user:default/${name}`;
}

export async function insertUser(
  trx: Knex.Transaction,
  record: RecordChange,
  input: NewUser,
): Promise<AuthzUser> {
  const ref = userRefOf(input.name);
  if (await trx(usersTable).where({ ref }).first('ref')) {
    throw new ConflictError(`${ref} already exists`);
  }
  if (input.departmentRef) {
    await requireDepartments(trx, input.departmentRef, 'departmentRef');
  }
  await requireLocalGroups(trx, input.groupRefs);
  const now = new Date();
  await trx(usersTable).insert({
    ref,
    name: input.name,
    display_name: input.displayName ?? null,
    email: input.email ?? null,
    status: input.status,
    department_ref: input.departmentRef ?? null,
    source: 'local',
    created_at: now,
    updated_at: now,
  });
  await addMemberships(trx, ref, input.groupRefs);
  const after = await findUser(trx, ref);
  await record({ ...changeOf('user', 'create', ref), after });
  return after;
}

export async function patchUser(
  trx: Knex.Transaction,
  record: RecordChange,
  ref: string,
  patch: UserPatch,
): Promise<AuthzUser> {
  const before = await findUser(trx, ref);
  if (before.source === 'catalog') {
    const field = catalogOwnedFields.find(name => patch[name] !== undefined);
    if (field) {
      throw new ConflictError(
        `${field}: ${ref} comes from the catalog, which owns this field`,
      );
    }
  }
  if (patch.departmentRef) {
    await requireDepartments(trx, patch.departmentRef, 'departmentRef');
  }
  if (patch.groupRefs) await requireLocalGroups(trx, patch.groupRefs);
  const columns = {
    display_name: patch.displayName,
    email: patch.email,
    status: patch.status,
    department_ref: patch.departmentRef,
  };
  await updateGivenColumns(trx, usersTable, { ref }, columns);
  if (patch.groupRefs) {
    await trx('authz_group_members').where({ user_ref: ref }).delete();
    await addMemberships(trx, ref, patch.groupRefs);
  }
  const after = await findUser(trx, ref);
  await record({ ...changeOf('user', 'update', ref), before, after });
  return after;
}

/** Catalog users would come back with the next sync: disable them instead. */
export async function removeUser(
  trx: Knex.Transaction,
  record: RecordChange,
  ref: string,
): Promise<void> {
  const before = await findUser(trx, ref);
  if (before.source === 'catalog') {
    throw new ConflictError(
      `${ref} comes from the catalog and cannot be deleted here; disable it instead`,
    );
  }
  await deleteHoldersOf(trx, 'user', [ref]);
  await trx(usersTable).where({ ref }).delete();
  await record({ ...changeOf('user', 'delete', ref), before });
}

/** Members of catalog groups are the catalog's to decide. */
async function requireLocalGroups(trx: Knex.Transaction, refs: string[]) {
  await requireGroups(trx, refs, 'groupRefs');
  if (refs.length === 0) return;
  const catalogGroups = await trx('authz_groups')
    .whereIn('ref', refs)
    .where({ source: 'catalog' })
    .select('ref');
  if (catalogGroups.length > 0) {
    const index = refs.indexOf(catalogGroups[0].ref);
    throw new ConflictError(
      `groupRefs[${index}]: members of ${refs[index]} come from the catalog`,
    );
  }
}

async function addMemberships(
  trx: Knex.Transaction,
  userRef: string,
  groupRefs: string[],
) {
  if (groupRefs.length === 0) return;
  await trx('authz_group_members').insert(
    [...new Set(groupRefs)].map(group_ref => ({
      group_ref,
      user_ref: userRef,
    })),
  );
}
