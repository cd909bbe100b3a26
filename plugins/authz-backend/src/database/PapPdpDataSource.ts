import {
  normalizePolicyDocument,
  PdpData,
  PolicyDocument,
} from '@internal/plugin-authz-common';
import { Knex } from 'knex';
import { PdpDataSource } from '../service/PdpDataSource';
import { ancestorChains } from './departmentTree';
import { readRevision } from './revision';

/**
 * Builds what the PDP evaluates against from the PAP tables, in a fixed
 * handful of queries. Only active roles and active policies are included.
 */
export class PapPdpDataSource implements PdpDataSource {
  constructor(private readonly knex: Knex) {}

  revision(): Promise<number> {
    return readRevision(this.knex);
  }

  /** One snapshot, so the revision matches the data it is served with. */
  async load(): Promise<PdpData> {
    const isPostgres = this.knex.client.config.client === 'pg';
    // SQLite transactions are serialisable already and warn about options.
    return this.knex.transaction(
      trx => this.read(trx),
      isPostgres ? { isolationLevel: 'repeatable read', readOnly: true } : {},
    );
  }

  private async read(trx: Knex.Transaction): Promise<PdpData> {
    const revision = await readRevision(trx);
    const userRows = await trx('authz_users').select(
      'ref',
      'status',
      'department_ref',
    );
    const memberships = await trx('authz_group_members')
      .orderBy(['user_ref', 'group_ref'])
      .select('user_ref', 'group_ref');
    const departments = await trx('authz_departments').select(
      'ref',
      'parent_ref as parentRef',
    );
    const teams = await trx('authz_groups')
      .whereNotNull('department_ref')
      .select('ref', 'department_ref');
    const roleRows = await trx('authz_roles')
      .where({ active: true })
      .orderBy('id')
      .select('id', 'name', 'all_users');
    const holderRows = await trx('authz_role_holders')
      .join('authz_roles', 'authz_roles.id', 'authz_role_holders.role_id')
      .where('authz_roles.active', true)
      .orderBy(['holder_ref', 'role_id'])
      .select('holder_ref', 'role_id');
    const policyRows = await trx('authz_policies')
      .where({ active: true })
      .select('id', 'name', 'document');
    const rolePolicyRows = await trx('authz_role_policies')
      .join(
        'authz_policies',
        'authz_policies.id',
        'authz_role_policies.policy_id',
      )
      .where('authz_policies.active', true)
      .orderBy(['role_id', 'policy_id'])
      .select('role_id', 'policy_id');

    const users: PdpData['users'] = {};
    for (const row of userRows) {
      users[row.ref] = {
        status: row.status,
        groups: [],
        ...(row.department_ref ? { department: row.department_ref } : {}),
      };
    }
    for (const m of memberships) users[m.user_ref]?.groups.push(m.group_ref);

    const chains = ancestorChains(departments);
    const departmentAncestors: PdpData['departmentAncestors'] =
      Object.fromEntries(chains);
    for (const team of teams) {
      const chain = chains.get(team.department_ref);
      if (chain) departmentAncestors[team.ref] = chain;
    }

    return {
      revision,
      users,
      departmentAncestors,
      roleBindings: groupBy(holderRows, 'holder_ref', 'role_id'),
      allUsersRoles: roleRows.filter(r => Boolean(r.all_users)).map(r => r.id),
      roles: Object.fromEntries(
        roleRows.map(role => [
          role.id,
          {
            name: role.name,
            policies: rolePolicyRows
              .filter(rp => rp.role_id === role.id)
              .map(rp => rp.policy_id),
          },
        ]),
      ),
      policies: Object.fromEntries(
        policyRows.map(policy => [
          policy.id,
          {
            name: policy.name,
            statements: normalizePolicyDocument(
              JSON.parse(policy.document) as PolicyDocument,
            ),
          },
        ]),
      ),
    };
  }
}

function groupBy<Row extends Record<string, string>>(
  rows: Row[],
  key: keyof Row,
  value: keyof Row,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const row of rows) (result[row[key]] ??= []).push(row[value]);
  return result;
}
