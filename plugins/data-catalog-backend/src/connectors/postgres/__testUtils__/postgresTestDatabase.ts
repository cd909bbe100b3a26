import { requireServiceEnv } from '@internal/testing';
import { ResolvedConnection } from '@internal/plugin-data-catalog-node';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const env = (name: string) => requireServiceEnv('postgres', name);

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
 * A fresh database per run on the test PostgreSQL, with the fixture and a
 * couple of statements in its query history; `drop()` removes it.
 */
export function createPostgresTestDatabase() {
  const database = `dc_conn_${randomBytes(4).toString('hex')}`;
  const connection = (
    overrides: Partial<ResolvedConnection> = {},
  ): ResolvedConnection => ({
    host: env('PGHOST'),
    port: Number(env('PGPORT')),
    user: env('PGUSER'),
    password: env('PGPASSWORD'),
    databases: [database],
    excludeSchemas: ['hidden'],
    ssl: false,
    ...overrides,
  });
  const withClient = async (
    db: string,
    use: (client: Client) => Promise<unknown>,
  ) => {
    const { host, port, user, password } = connection();
    const client = new Client({ host, port, user, password, database: db });
    await client.connect();
    try {
      await use(client);
    } finally {
      await client.end();
    }
  };
  return {
    database,
    connection,
    user: env('PGUSER'),
    run: (sql: string) => withClient(database, c => c.query(sql)),
    async create() {
      await withClient('postgres', c => c.query(`CREATE DATABASE ${database}`));
      await withClient(database, async client => {
        await client.query(fixture);
        await client.query(
          'SELECT count(*) FROM sales.orders o JOIN sales.customers c ON c.id = o.customer_id WHERE o.amount > $1',
          [5],
        );
        await client.query('SELECT id FROM events WHERE at > $1', [
          '2025-06-01',
        ]);
      });
    },
    async drop() {
      await withClient('postgres', c =>
        c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
      );
    },
  };
}
