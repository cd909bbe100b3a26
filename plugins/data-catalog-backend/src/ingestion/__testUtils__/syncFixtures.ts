import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { dataAssetRef } from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { createIngestionHarness } from './ingestionHarness';
import {
  createThrowawayDatabase,
  sourceConnection,
  ThrowawayDatabase,
} from '../../__testUtils__/throwawayPostgres';

/** A small warehouse: FK, a view, a statement with query lineage. */
const SOURCE = `
CREATE EXTENSION pg_stat_statements;
CREATE SCHEMA sales;
COMMENT ON SCHEMA sales IS 'Sales';
CREATE TABLE sales.customers (id bigint PRIMARY KEY, email text NOT NULL, note text);
COMMENT ON TABLE sales.customers IS 'People who buy';
CREATE TABLE sales.orders (
  id serial PRIMARY KEY,
  customer_id bigint CONSTRAINT orders_customer_fk REFERENCES sales.customers (id),
  amount integer,
  status text
);
CREATE TABLE sales.order_archive (LIKE sales.orders);
CREATE TABLE sales.scratch (x int);
CREATE VIEW sales.customer_totals AS
  SELECT c.email, sum(o.amount) AS total
  FROM sales.orders o JOIN sales.customers c ON c.id = o.customer_id
  GROUP BY c.email;
`;
const COPY_ORDERS =
  'INSERT INTO sales.order_archive SELECT * FROM sales.orders';

/**
 * Source databases for the tests of a file, all dropped after them:
 * `create()` makes a fresh warehouse, `registered()` also a harness with it
 * registered as source `wh`.
 */
export function warehouseSourcesForFile() {
  const created: ThrowawayDatabase[] = [];
  afterAll(() => Promise.all(created.map(db => db.drop())));
  const create = async () => {
    const db = await createThrowawayDatabase(SOURCE);
    created.push(db);
    // A separate statement, so pg_stat_statements records it.
    await db.run(COPY_ORDERS);
    return db;
  };
  return {
    create,
    async registered(
      databases: TestDatabases,
      databaseId: TestDatabaseId,
      options?: Parameters<typeof createIngestionHarness>[2],
    ) {
      const h = await createIngestionHarness(databases, databaseId, options);
      const db = await create();
      await h.addSource({ id: 'wh', connection: sourceConnection(db.name) });
      return { h, db };
    },
  };
}

/** The ref of an asset of source `wh`. */
export const whRef = (db: string, ...path: string[]) =>
  dataAssetRef('wh', [db, ...path]);

/** What a sync may write, to compare before and after. */
export async function storedState(knex: Knex) {
  return {
    assets: await knex('assets')
      .select('entity_ref', 'content_hash', 'changed_at')
      .orderBy('entity_ref'),
    columns: await knex('columns').select('*').orderBy(['entity_ref', 'name']),
    feed: await knex('entity_feed').select('*').orderBy('seq'),
    changes: await knex('schema_changes').count({ n: '*' }).first(),
  };
}
