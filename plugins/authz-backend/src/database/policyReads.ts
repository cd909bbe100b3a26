import { NotFoundError } from '@backstage/errors';
import { AuthzPolicy, PolicyDocument } from '@internal/plugin-authz-common';
import { Knex } from 'knex';
import { orUndefined, toBoolean, toIsoTime } from './columnValues';

type Db = Knex | Knex.Transaction;

export type PolicyRow = {
  id: string;
  name: string;
  description: string | null;
  active: boolean | number;
  document: string;
  version: number;
  created_at: Date | number;
  updated_at: Date | number;
  updated_by: string | null;
};

export const policiesTable = 'authz_policies';

/** A policy by id, with the roles it is attached to. */
export async function findPolicy(db: Db, id: string): Promise<AuthzPolicy> {
  const row = await db<PolicyRow>(policiesTable).where({ id }).first();
  if (!row) throw new NotFoundError(`No policy ${id}`);
  const [policy] = await toPolicies(db, [row]);
  return policy;
}

export async function toPolicies(
  db: Db,
  rows: PolicyRow[],
): Promise<AuthzPolicy[]> {
  const attachments = await db('authz_role_policies')
    .whereIn(
      'policy_id',
      rows.map(row => row.id),
    )
    .orderBy('role_id')
    .select('policy_id', 'role_id');
  return rows.map(row => ({
    id: row.id,
    name: row.name,
    description: orUndefined(row.description),
    active: toBoolean(row.active),
    document: JSON.parse(row.document) as PolicyDocument,
    version: row.version,
    roleIds: attachments
      .filter(a => a.policy_id === row.id)
      .map(a => a.role_id),
    createdAt: toIsoTime(row.created_at),
    updatedAt: toIsoTime(row.updated_at),
    updatedBy: orUndefined(row.updated_by),
  }));
}
