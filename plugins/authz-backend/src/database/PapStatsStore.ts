import { Knex } from 'knex';
import { toCount } from './columnValues';

/** The dashboard's counters. */
export type PapStats = {
  users: { total: number; active: number; disabled: number };
  groups: number;
  departments: number;
  roles: { total: number; active: number };
  policies: { total: number; active: number };
};

export class PapStatsStore {
  constructor(private readonly knex: Knex) {}

  async read(): Promise<PapStats> {
    const count = async (table: string, where: object = {}) =>
      toCount(
        (await this.knex(table).where(where).count({ count: '*' }))[0]?.count,
      );
    const [active, disabled] = [
      await count('authz_users', { status: 'active' }),
      await count('authz_users', { status: 'disabled' }),
    ];
    return {
      users: { total: active + disabled, active, disabled },
      groups: await count('authz_groups'),
      departments: await count('authz_departments'),
      roles: {
        total: await count('authz_roles'),
        active: await count('authz_roles', { active: true }),
      },
      policies: {
        total: await count('authz_policies'),
        active: await count('authz_policies', { active: true }),
      },
    };
  }
}
