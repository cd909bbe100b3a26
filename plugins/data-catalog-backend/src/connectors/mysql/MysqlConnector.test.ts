import { requireServiceEnv } from '@internal/testing';
import { ResolvedConnection } from '@internal/plugin-data-catalog-node';
import { createConnection } from 'mysql2/promise';
import { randomBytes } from 'node:crypto';
import {
  column,
  connectorCalls,
  missingDatabase,
  missingDatabaseUnread,
  outcome,
  stoppedAt,
  withMissingDatabase,
  stepCounts,
} from '../__testUtils__/connectorExpectations';
import { MysqlConnector } from './MysqlConnector';

const env = (name: string) => requireServiceEnv('mariadb', name);
const database = `dc_conn_${randomBytes(4).toString('hex')}`;
const connector = connectorCalls(new MysqlConnector());

function connection(overrides: Partial<ResolvedConnection> = {}) {
  return {
    host: env('MARIADB_HOST'),
    port: Number(env('MARIADB_PORT')),
    user: env('MARIADB_USER'),
    password: env('MARIADB_PASSWORD'),
    databases: [database],
    excludeSchemas: [],
    ssl: false,
    ...overrides,
  };
}

async function run(sql: string, options: { database?: string } = {}) {
  const { host, port, user, password } = connection();
  const client = await createConnection({
    ...{ host, port, user, password, ...options },
    multipleStatements: true,
  });
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const fixture = `
CREATE DATABASE ${database};
CREATE TABLE ${database}.customers (
  id INT PRIMARY KEY AUTO_INCREMENT,
  email VARCHAR(255) NOT NULL COMMENT 'Contact address',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB COMMENT 'People who buy';
CREATE TABLE ${database}.orders (
  id INT PRIMARY KEY,
  customer_id INT NOT NULL,
  amount DECIMAL(12, 2),
  status VARCHAR(20) DEFAULT 'new',
  CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES ${database}.customers (id)
) ENGINE=InnoDB;
CREATE TABLE ${database}.\`odd\`\`name\` (v INT);
CREATE TABLE ${database}.events (id INT NOT NULL, at DATE NOT NULL, PRIMARY KEY (id, at))
  PARTITION BY RANGE (YEAR(at)) (
    PARTITION p2025 VALUES LESS THAN (2026),
    PARTITION p2026 VALUES LESS THAN (2027)
  );
CREATE VIEW ${database}.order_totals AS
  SELECT c.email, SUM(o.amount) AS total
  FROM ${database}.orders o JOIN ${database}.customers c ON c.id = o.customer_id
  GROUP BY c.email;
INSERT INTO ${database}.customers (email) VALUES ('ada@example.com'), ('bob@example.com'), ('cy@example.com');
INSERT INTO ${database}.orders VALUES (1, 1, 10.5, 'paid'), (2, 2, 20, 'new'), (3, 2, 7, 'new');
INSERT INTO ${database}.\`odd\`\`name\` VALUES (42);
ANALYZE TABLE ${database}.customers;
`;

beforeAll(async () => {
  await run(fixture);
  await run(
    `SELECT COUNT(*) FROM ${database}.orders o JOIN ${database}.customers c ON c.id = o.customer_id WHERE o.amount > 5`,
  );
  // Unqualified: resolved against the database the statement ran in.
  await run(`SELECT id FROM events WHERE at > '2025-06-01'`, { database });
});

afterAll(async () => {
  await run(`DROP DATABASE IF EXISTS ${database}`);
});

const key = (name: string) => ({ database, schema: database, name });
describe('MysqlConnector on MariaDB', () => {
  it('reads tables, columns, keys, partitions and views exactly', async () => {
    const snapshot = await connector.read(connection());
    expect(snapshot.unreadDatabases).toEqual([]);
    expect(snapshot.databases).toEqual([
      { name: database, sizeBytes: expect.any(Number) },
    ]);
    expect(snapshot.schemas).toEqual([{ database, name: database }]);
    const sorted = [...snapshot.tables].sort((a, b) =>
      a.name < b.name ? -1 : 1,
    );
    expect(sorted.map(t => [t.name, t.kind])).toEqual([
      ['customers', 'table'],
      ['events', 'partitioned-table'],
      ['odd`name', 'table'],
      ['order_totals', 'view'],
      ['orders', 'table'],
    ]);
    const byName = Object.fromEntries(snapshot.tables.map(t => [t.name, t]));
    expect(byName.customers).toEqual({
      ...key('customers'),
      kind: 'table',
      comment: 'People who buy',
      rowEstimate: 3,
      sizeBytes: expect.any(Number),
      lastModifiedAt: expect.any(Date),
      columns: [
        column('id', 1, 'int(11)', false, {
          isPrimaryKey: true,
          defaultValue: 'auto_increment',
        }),
        column('email', 2, 'varchar(255)', false, {
          comment: 'Contact address',
        }),
        column('created_at', 3, 'datetime', false, {
          defaultValue: 'current_timestamp()',
        }),
      ],
    });
    expect(byName.orders.columns).toEqual([
      column('id', 1, 'int(11)', false, { isPrimaryKey: true }),
      column('customer_id', 2, 'int(11)', false, {
        foreignKey: {
          constraint: 'orders_customer_fk',
          database,
          schema: database,
          table: 'customers',
          column: 'id',
        },
      }),
      column('amount', 3, 'decimal(12,2)', true),
      column('status', 4, 'varchar(20)', true, { defaultValue: "'new'" }),
    ]);
    expect(byName.events.columns.map(c => c.isPrimaryKey)).toEqual([
      true,
      true,
    ]);
    expect(byName.order_totals.viewDefinition).toContain('sum(');
    expect(byName.order_totals.rowEstimate).toBeUndefined();
    expect(byName.order_totals.comment).toBeUndefined();
    expect(snapshot.dependencies).toEqual([
      { view: key('order_totals'), reads: key('orders') },
      { view: key('order_totals'), reads: key('customers') },
    ]);
  });

  it('resolves the tables of statement digests', async () => {
    const snapshot = await connector.read(connection(), true);
    const join = snapshot.queries?.find(q =>
      q.text.startsWith('SELECT COUNT ( * ) FROM'),
    );
    expect(join).toEqual({
      // Run without a default database: the id is the digest alone.
      queryId: expect.stringMatching(/^[0-9a-f]{32,64}$/),
      database: expect.any(String),
      text: expect.stringContaining(`\`${database}\` . \`orders\``),
      calls: 1,
      totalTimeMs: expect.any(Number),
      rows: 1,
      tables: [key('orders'), key('customers')],
    });
    // MariaDB writes the unqualified names in upper case, MySQL quotes them.
    const events = snapshot.queries?.find(
      q => q.database === database && /from `?events`?/i.test(q.text),
    );
    expect(events).toMatchObject({
      queryId: expect.stringMatching(new RegExp(`^${database}:[0-9a-f]+$`)),
      tables: [key('events')],
    });
  });

  it('passes every step of a connection test with counts', async () => {
    const steps = await connector.test(connection());
    expect(stepCounts(steps)).toEqual([
      ['connect', 'ok', undefined],
      ['databases', 'ok', 1],
      ['schemas', 'ok', 1],
      ['tables', 'ok', 4],
      ['views', 'ok', 1],
      ['queries', 'ok', expect.any(Number)],
    ]);
  });

  it('names connect as the failed step for a wrong password', async () => {
    const steps = await connector.test(connection({ password: 'wrong' }));
    expect(outcome(steps)).toEqual(stoppedAt('connect', 'Access denied'));
  });

  it('reports a missing database in the test and as unread in a snapshot', async () => {
    const withMissing = connection({ databases: [database, missingDatabase] });
    expect(await withMissingDatabase(connector, withMissing)).toEqual(
      missingDatabaseUnread([database], 5),
    );
  });

  it('samples rows of a table with a name that needs quoting', async () => {
    const sample = await connector.sample(connection(), key('odd`name'), 5);
    expect(sample).toEqual({ columns: ['v'], rows: [[42]] });
    const limited = await connector.sample(connection(), key('orders'), 2);
    expect(limited.columns).toEqual(['id', 'customer_id', 'amount', 'status']);
    expect(limited.rows).toHaveLength(2);
  });
});
