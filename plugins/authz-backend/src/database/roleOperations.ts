import { ConflictError } from '@backstage/errors';
import {
  AuthzRole,
  createRoleSchema,
  RoleType,
} from '@internal/plugin-authz-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { changeOf, RecordChange } from './PapWriter';
import { requirePolicies } from './references';
import { findRole, rolesTable } from './roleReads';

/** Role writes inside a caller's transaction (the store and the seed). */
export async function insertRole(
  trx: Knex.Transaction,
  record: RecordChange,
  input: z.output<typeof createRoleSchema>,
  type: RoleType,
): Promise<AuthzRole> {
  await requireFreeRoleName(trx, input.name);
  const id = randomUUID();
  const now = new Date();
  await trx(rolesTable).insert({
    id,
    name: input.name,
    description: input.description ?? null,
    type,
    active: input.active,
    all_users: input.allUsers,
    created_at: now,
    updated_at: now,
  });
  const after = await findRole(trx, id);
  await record({ ...changeOf('role', 'create', id), after });
  return after;
}

export async function attachRolePolicies(
  trx: Knex.Transaction,
  record: RecordChange,
  id: string,
  policyIds: string[],
): Promise<AuthzRole> {
  const before = await findRole(trx, id);
  await requirePolicies(trx, policyIds, 'policyIds');
  const added = [...new Set(policyIds)].filter(
    policyId => !before.policyIds.includes(policyId),
  );
  if (added.length > 0) {
    await trx('authz_role_policies').insert(
      added.map(policyId => ({ role_id: id, policy_id: policyId })),
    );
  }
  const after = await findRole(trx, id);
  await record({ ...changeOf('role', 'attach-policies', id), before, after });
  return after;
}

export async function requireFreeRoleName(trx: Knex.Transaction, name: string) {
  if (await trx(rolesTable).where({ name }).first('id')) {
    throw new ConflictError(`A role named ${name} already exists`);
  }
}
