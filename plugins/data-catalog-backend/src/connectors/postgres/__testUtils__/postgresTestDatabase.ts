import { ResolvedConnection } from '@internal/plugin-data-catalog-node';
import {
  resolvedConnection,
  throwawayDatabaseForFile,
} from '../../../__testUtils__/throwawayPostgres';

/**
 * Schemas, commented tables with keys and defaults, a view, a materialised
 * view, a partitioned table with two partitions, a schema the source
 * excludes, and pg_stat_statements.
 */
const fixture = `
CREATE SCHEMA sales;
COMMENT ON SCHEMA sales IS 'Sales data';
CREATE SCHEMA hidden;
CREATE TABLE hidden.secret (x int);
CREATE TABLE sales.customers (
  id bigint PRIMARY KEY,
  email text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE sales.customers IS 'People who buy';
COMMENT ON COLUMN sales.customers.email IS 'Contact address';
CREATE TABLE sales.orders (
  id serial PRIMARY KEY,
  customer_id bigint NOT NULL CONSTRAINT orders_customer_fk REFERENCES sales.customers (id),
  amount numeric(12, 2),
  status varchar(20) DEFAULT 'new'
);
CREATE TABLE sales."Odd ""Name""" ("Value" int);
CREATE VIEW sales.order_totals AS
  SELECT c.email, sum(o.amount) AS total
  FROM sales.orders o JOIN sales.customers c ON c.id = o.customer_id
  GROUP BY c.email;
CREATE MATERIALIZED VIEW sales.daily_status AS
  SELECT status, count(*) AS n FROM sales.order_totals t, sales.orders GROUP BY status;
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, PRIMARY KEY (id, at))
  PARTITION BY RANGE (at);
CREATE TABLE public.events_2025 PARTITION OF public.events
  FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.events_2026 PARTITION OF public.events
  FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
INSERT INTO sales.customers VALUES (1, 'ada@example.com'), (2, 'bob@example.com'), (3, 'cy@example.com');
INSERT INTO sales.orders (customer_id, amount) VALUES (1, 10.5), (2, 20), (2, 7);
INSERT INTO sales."Odd ""Name""" VALUES (42);
ANALYZE sales.customers;
CREATE EXTENSION pg_stat_statements;
`;

/**
 * A fresh database for the tests of a file on the test PostgreSQL, with
 * the fixture and a couple of statements in its query history.
 */
export function postgresTestDatabaseForFile() {
  const database = throwawayDatabaseForFile(fixture, 'dc_conn');
  beforeAll(async () => {
    await database.run(
      'SELECT count(*) FROM sales.orders o JOIN sales.customers c ON c.id = o.customer_id WHERE o.amount > $1',
      [5],
    );
    await database.run('SELECT id FROM events WHERE at > $1', ['2025-06-01']);
  });
  return {
    database,
    /** The source's connection; the fixture's `hidden` schema excluded. */
    connection: (
      overrides: Partial<ResolvedConnection> = {},
    ): ResolvedConnection => ({
      ...resolvedConnection(database.name),
      excludeSchemas: ['hidden'],
      ...overrides,
    }),
  };
}
