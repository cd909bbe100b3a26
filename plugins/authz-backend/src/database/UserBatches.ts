import {
  bulkUserActionSchema,
  UserStatus,
} from '@internal/plugin-authz-common';
import { Knex } from 'knex';
import { z } from 'zod';
import { definedOnly } from './columnValues';
import { PapWriter, RecordChange } from './PapWriter';
import { requireRoles } from './references';
import { isRequestError } from './requestErrors';
import { attachRoleHolders, detachRoleHolders } from './roleHolderOperations';
import {
  insertUser,
  patchUser,
  removeUser,
  UserPatch,
  userRefOf,
} from './userOperations';
import { findUser } from './userReads';

export type BulkUserAction = z.output<typeof bulkUserActionSchema>;

export type BulkUserResult = {
  ref: string;
  status: 'succeeded' | 'failed';
  message?: string;
};

/** One CSV row that passed the format checks. */
export type UserImportRow = {
  row: number;
  name: string;
  displayName?: string;
  email?: string;
  departmentRef?: string;
  /** Absent: leave the memberships of an existing user as they are. */
  groupRefs?: string[];
  status?: UserStatus;
};

export type UserImportOutcome = {
  row: number;
  name: string;
  status: 'created' | 'updated' | 'skipped' | 'invalid';
  message?: string;
};

/**
 * Actions on many users in one transaction. A user the action cannot apply
 * to is reported and skipped; the others are applied together.
 */
export class UserBatches {
  constructor(private readonly writer: PapWriter) {}

  async bulk(actor: string, action: BulkUserAction): Promise<BulkUserResult[]> {
    return this.writer.write(actor, async (trx, record) => {
      if ('roleId' in action) await requireRoles(trx, action.roleId, 'roleId');
      const results: BulkUserResult[] = [];
      for (const ref of new Set(action.refs)) {
        try {
          await applyBulkAction(trx, record, action, ref);
          results.push({ ref, status: 'succeeded' });
        } catch (error) {
          if (!isRequestError(error)) throw error;
          results.push({ ref, status: 'failed', message: error.message });
        }
      }
      return results;
    });
  }

  /** Creates new users and updates local ones; catalog users are skipped. */
  async importUsers(
    actor: string,
    rows: UserImportRow[],
  ): Promise<UserImportOutcome[]> {
    return this.writer.write(actor, async (trx, record) => {
      const outcomes: UserImportOutcome[] = [];
      for (const row of rows) {
        const outcome = (
          status: UserImportOutcome['status'],
          message?: string,
        ) => outcomes.push({ row: row.row, name: row.name, status, message });
        try {
          const result = await importRow(trx, record, row);
          outcome(result.status, result.message);
        } catch (error) {
          if (!isRequestError(error)) throw error;
          outcome('invalid', error.message);
        }
      }
      return outcomes;
    });
  }
}

async function applyBulkAction(
  trx: Knex.Transaction,
  record: RecordChange,
  action: BulkUserAction,
  ref: string,
): Promise<void> {
  switch (action.action) {
    case 'activate':
      await patchUser(trx, record, ref, { status: 'active' });
      return;
    case 'disable':
      await patchUser(trx, record, ref, { status: 'disabled' });
      return;
    case 'delete':
      await removeUser(trx, record, ref);
      return;
    case 'attachRole':
      await findUser(trx, ref);
      await attachRoleHolders(trx, record, action.roleId, [
        { kind: 'user', ref },
      ]);
      return;
    case 'detachRole':
      await findUser(trx, ref);
      await detachRoleHolders(trx, record, action.roleId, [
        { kind: 'user', ref },
      ]);
      return;
    default:
      throw new Error(`Unknown bulk action ${JSON.stringify(action)}`);
  }
}

async function importRow(
  trx: Knex.Transaction,
  record: RecordChange,
  row: UserImportRow,
): Promise<Pick<UserImportOutcome, 'status' | 'message'>> {
  const ref = userRefOf(row.name);
  const existing = await trx('authz_users').where({ ref }).first('source');
  if (!existing) {
    await insertUser(trx, record, {
      name: row.name,
      displayName: row.displayName,
      email: row.email,
      status: row.status ?? 'active',
      departmentRef: row.departmentRef,
      groupRefs: row.groupRefs ?? [],
    });
    return { status: 'created' };
  }
  if (existing.source === 'catalog') {
    return { status: 'skipped', message: `${ref} comes from the catalog` };
  }
  const patch = await changedFields(trx, ref, row);
  if (Object.keys(patch).length === 0) {
    return { status: 'skipped', message: 'no changes' };
  }
  await patchUser(trx, record, ref, patch);
  return { status: 'updated' };
}

/** The row's fields that differ from the stored user. */
async function changedFields(
  trx: Knex.Transaction,
  ref: string,
  row: UserImportRow,
): Promise<UserPatch> {
  const user = await findUser(trx, ref);
  const sameGroups =
    !row.groupRefs ||
    [...new Set(row.groupRefs)].sort().join() ===
      [...user.groupRefs].sort().join();
  const patch: UserPatch = {
    displayName:
      row.displayName !== user.displayName ? row.displayName : undefined,
    email: row.email !== user.email ? row.email : undefined,
    status: row.status !== user.status ? row.status : undefined,
    departmentRef:
      row.departmentRef !== user.departmentRef ? row.departmentRef : undefined,
    groupRefs: sameGroups ? undefined : row.groupRefs,
  };
  return definedOnly(patch);
}
