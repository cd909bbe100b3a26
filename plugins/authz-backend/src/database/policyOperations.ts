import { ConflictError } from '@backstage/errors';
import { AuthzPolicy, createPolicySchema } from '@internal/plugin-authz-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { changeOf, RecordChange } from './PapWriter';
import { findPolicy, policiesTable } from './policyReads';

/** Policy writes inside a caller's transaction (the store and the seed). */
export async function insertPolicy(
  trx: Knex.Transaction,
  record: RecordChange,
  actor: string,
  input: z.output<typeof createPolicySchema>,
): Promise<AuthzPolicy> {
  await requireFreePolicyName(trx, input.name);
  const id = randomUUID();
  const now = new Date();
  await trx(policiesTable).insert({
    id,
    name: input.name,
    description: input.description ?? null,
    active: input.active,
    document: JSON.stringify(input.document),
    version: 1,
    created_at: now,
    updated_at: now,
    updated_by: actor,
  });
  const after = await savePolicyVersion(trx, id);
  await record({ ...changeOf('policy', 'create', id), after });
  return after;
}

/** Copies the policy as it now is into its history. */
export async function savePolicyVersion(
  trx: Knex.Transaction,
  id: string,
): Promise<AuthzPolicy> {
  const policy = await findPolicy(trx, id);
  await trx('authz_policy_versions').insert({
    policy_id: id,
    version: policy.version,
    document: JSON.stringify(policy.document),
    active: policy.active,
    changed_by: policy.updatedBy,
    changed_at: new Date(policy.updatedAt),
  });
  return policy;
}

export async function requireFreePolicyName(
  trx: Knex.Transaction,
  name: string,
) {
  if (await trx(policiesTable).where({ name }).first('id')) {
    throw new ConflictError(`A policy named ${name} already exists`);
  }
}
