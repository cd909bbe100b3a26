import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { AuditorServiceCreateEventOptions } from '@backstage/backend-plugin-api';
import { EventParams } from '@backstage/plugin-events-node';
import {
  dataCatalogPermissions,
  dataCatalogTopics,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import {
  insertColumns,
  insertSource,
  insertTable,
} from '../../assets/__testUtils__/assetFixtures';
import {
  asUser,
  createTestApp,
  createTestContext,
  TestGrants,
} from '../../__testUtils__/testContext';
import { createGovernanceRouter } from '../createGovernanceRouter';

/** Every data-catalog permission, allowed. */
export const allGrants: TestGrants = Object.fromEntries(
  dataCatalogPermissions.map(p => [p.name, true]),
);

/** All grants but these: the routes needing them answer 403. */
export function grantsWithout(...names: string[]): TestGrants {
  return Object.fromEntries(
    Object.entries(allGrants).filter(([name]) => !names.includes(name)),
  );
}

export const alice = asUser('user:default/alice');
export const bob = asUser('user:default/bob');

/** Tables of the fixture, as entity refs and as route paths. */
export const orders = {
  ref: 'resource:sales/shop.public.orders',
  path: '/tables/sales/shop.public.orders',
};
export const salaries = {
  ref: 'resource:hr/hr.public.salaries',
  path: '/tables/hr/hr.public.salaries',
};
/** A schema: an asset, but not a table (404 on table routes). */
export const schemaPath = '/tables/sales/shop.public';
export const missingPath = '/tables/sales/shop.public.nope';

/**
 * Two sources, `sales` (orders: id, email, amount) and `hr` (salaries:
 * id, salary), plus the schema row of orders.
 */
async function insertInventory(knex: Knex) {
  await insertSource(knex, { id: 'sales', owner: 'group:default/sales' });
  await insertSource(knex, { id: 'hr', owner: 'group:default/hr' });
  const ordersRef = await insertTable(knex, {
    sourceId: 'sales',
    database: 'shop',
    name: 'orders',
  });
  await insertColumns(knex, ordersRef, [
    { name: 'id' },
    { name: 'email' },
    { name: 'amount' },
  ]);
  const salariesRef = await insertTable(knex, {
    sourceId: 'hr',
    database: 'hr',
    name: 'salaries',
  });
  await insertColumns(knex, salariesRef, [{ name: 'id' }, { name: 'salary' }]);
  const at = new Date();
  await knex('assets').insert({
    entity_ref: 'resource:sales/shop.public',
    source_id: 'sales',
    kind: 'schema',
    name: 'public',
    qualified_name: 'shop.public',
    content_hash: 'h',
    first_seen_at: at,
    last_seen_at: at,
    changed_at: at,
  });
}

/** Audit events as created, with how each ended (awaited). */
async function auditTrail(createEvent: jest.Mock): Promise<
  (AuditorServiceCreateEventOptions & {
    outcome?: 'success' | 'fail';
    result?: any;
  })[]
> {
  return Promise.all(
    createEvent.mock.calls.map(async ([options], index) => {
      const event = await createEvent.mock.results[index].value;
      const [success] = event.success.mock.calls;
      const [fail] = event.fail.mock.calls;
      return {
        ...options,
        request: undefined,
        ...(success ? { outcome: 'success' as const, result: success[0] } : {}),
        ...(fail ? { outcome: 'fail' as const, result: fail[0] } : {}),
      };
    }),
  );
}

/**
 * Makes the governance routes on a migrated database with the inventory
 * fixture and the seeded tags, behind mock auth with `grants` (a copy: a
 * test may change `context.grants` as it goes).
 */
export function governanceApps(databases: TestDatabases) {
  return async (databaseId: TestDatabaseId, grants: TestGrants = allGrants) => {
    const context = await createTestContext(databases, databaseId, {
      ...grants,
    });
    await insertInventory(context.knex);
    const published: EventParams[] = [];
    await context.events.subscribe({
      id: 'test',
      topics: [dataCatalogTopics.entitiesChanged],
      onEvent: async event => {
        published.push(event);
      },
    });
    const app = createTestApp(await createGovernanceRouter(context));
    return {
      app,
      context,
      knex: context.knex,
      published,
      audits: () => auditTrail(context.auditor.createEvent as jest.Mock),
    };
  };
}

const governanceTables = [
  'asset_docs',
  'doc_history',
  'tag_categories',
  'tags',
  'asset_tags',
  'glossary_terms',
  'glossary_history',
  'glossary_links',
  'discussion_threads',
  'discussion_replies',
  'favorites',
  'activity',
  'entity_feed',
];

/**
 * Row counts of `tables` (by default every table governance writes), to
 * see that a refusal wrote nothing.
 */
export async function rowCounts(
  knex: Knex,
  tables: string[] = governanceTables,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [{ count }] = await knex(table).count({ count: '*' });
    counts[table] = Number(count);
  }
  return counts;
}

/** The id of a seeded tag. */
export async function tagId(knex: Knex, name: string): Promise<string> {
  const row = await knex('tags').where('name', name).first('id');
  if (!row) throw new Error(`No tag ${name} in the fixture`);
  return row.id;
}
