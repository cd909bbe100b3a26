import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { ChangeInput, ChangeRecorder } from '../../audit/ChangeRecorder';
import { createPapStores, PapStores } from '..';
import { applyDatabaseMigrations } from '../migrations';
import { readRevision } from '../revision';

/** Keeps the changes of committed transactions, like the real audit store. */
export class ListChangeRecorder implements ChangeRecorder {
  readonly changes: ChangeInput[] = [];

  async recordChange(trx: Knex.Transaction, change: ChangeInput) {
    trx.executionPromise.then(
      () => this.changes.push(change),
      () => {},
    );
  }

  actions(): string[] {
    return this.changes.map(change => change.action);
  }
}

/** Who the tests make their changes as. */
export const adminRef = 'user:default/admin';

/** A list query's defaults: the first 50, in ascending order. */
export const listDefaults = { order: 'asc' as const, offset: 0, limit: 50 };

/** A migrated database of the given engine with the PAP stores on it. */
export async function createPapTestDatabase(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
) {
  const knex = await databases.init(databaseId);
  await applyDatabaseMigrations(knex);
  const changes = new ListChangeRecorder();
  const stores = createPapStores({ knex, changes });
  return { knex, changes, stores, revision: () => readRevision(knex) };
}

export type PapTestDatabase = Awaited<ReturnType<typeof createPapTestDatabase>>;

/** A migrated database holding the small org of `insertOrgFixture`. */
export async function createOrgTestDatabase(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
): Promise<PapTestDatabase> {
  const db = await createPapTestDatabase(databases, databaseId);
  await insertOrgFixture(db.knex);
  return db;
}

/** An active custom role, not for all users, that the admin creates. */
export function createTestRole(stores: PapStores, name = 'R') {
  return stores.roles.create(adminRef, { name, active: true, allUsers: false });
}

/**
 * A small org as the catalog sync would leave it: acme > engineering >
 * infrastructure, acme > finance; the catalog team platform-team under
 * engineering with alice; the local group guests with the local user bob.
 */
async function insertOrgFixture(knex: Knex): Promise<void> {
  const now = new Date();
  await knex('authz_departments').insert([
    dept('acme', null, 0),
    dept('engineering', 'acme', 0),
    dept('finance', 'acme', 1),
    dept('infrastructure', 'engineering', 0),
  ]);
  await knex('authz_groups').insert([
    {
      ref: 'group:default/platform-team',
      name: 'platform-team',
      title: 'Platform Team',
      department_ref: 'group:default/engineering',
      source: 'catalog',
    },
    {
      ref: 'group:default/guests',
      name: 'guests',
      title: 'Guests',
      source: 'local',
    },
  ]);
  await knex('authz_users').insert([
    {
      ref: 'user:default/alice.kim',
      name: 'alice.kim',
      display_name: 'Alice Kim',
      email: 'alice.kim@acme.example',
      status: 'active',
      department_ref: 'group:default/engineering',
      source: 'catalog',
      created_at: now,
      updated_at: now,
    },
    {
      ref: 'user:default/bob.lee',
      name: 'bob.lee',
      display_name: 'Bob Lee',
      email: 'bob.lee@acme.example',
      status: 'active',
      department_ref: 'group:default/infrastructure',
      source: 'local',
      created_at: now,
      updated_at: now,
    },
  ]);
  await knex('authz_group_members').insert([
    {
      group_ref: 'group:default/platform-team',
      user_ref: 'user:default/alice.kim',
    },
    { group_ref: 'group:default/guests', user_ref: 'user:default/bob.lee' },
  ]);
}

function dept(name: string, parent: string | null, position: number) {
  return {
    ref: `group:default/${name}`,
    name,
    title: name,
    parent_ref: parent && `group:default/${parent}`,
    position,
    source: 'catalog',
  };
}
