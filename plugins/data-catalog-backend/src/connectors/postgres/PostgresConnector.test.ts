import {
  column,
  connectorCalls,
  missingDatabase,
  missingDatabaseUnread,
  outcome,
  stoppedAt,
  withMissingDatabase,
} from '../__testUtils__/connectorExpectations';
import { postgresTestDatabaseForFile } from './__testUtils__/postgresTestDatabase';
import { PostgresConnector } from './PostgresConnector';

const source = postgresTestDatabaseForFile();
const { connection } = source;
const database = source.database.name;
const connector = connectorCalls(new PostgresConnector());

const key = (schema: string, name: string) => ({ database, schema, name });
describe('PostgresConnector', () => {
  it('reads schemas, relations, columns, keys and dependencies exactly', async () => {
    const snapshot = await connector.read(connection(), true);
    expect(snapshot.unreadDatabases).toEqual([]);
    expect(snapshot.databases).toEqual([
      { name: database, sizeBytes: expect.any(Number) },
    ]);
    expect(snapshot.schemas).toEqual([
      { database, name: 'public', comment: 'standard public schema' },
      { database, name: 'sales', comment: 'Sales data' },
    ]);
    const byName = Object.fromEntries(snapshot.tables.map(t => [t.name, t]));
    expect(snapshot.tables.map(t => [t.schema, t.name, t.kind])).toEqual([
      ['public', 'events', 'partitioned-table'],
      ['public', 'events_2025', 'partition'],
      ['public', 'events_2026', 'partition'],
      ['sales', 'Odd "Name"', 'table'],
      ['sales', 'customers', 'table'],
      ['sales', 'daily_status', 'materialized-view'],
      ['sales', 'order_totals', 'view'],
      ['sales', 'orders', 'table'],
    ]);
    expect(byName.customers).toEqual({
      ...key('sales', 'customers'),
      kind: 'table',
      comment: 'People who buy',
      rowEstimate: 3,
      sizeBytes: expect.any(Number),
      lastAnalyzedAt: expect.any(Date),
      columns: [
        column('id', 1, 'bigint', false, { isPrimaryKey: true }),
        column('email', 2, 'text', false, { comment: 'Contact address' }),
        column('created_at', 3, 'timestamp with time zone', false, {
          defaultValue: 'now()',
        }),
      ],
    });
    expect(byName.orders.rowEstimate).toBeUndefined();
    expect(byName.orders.columns).toEqual([
      column('id', 1, 'integer', false, {
        isPrimaryKey: true,
        defaultValue: "nextval('sales.orders_id_seq'::regclass)",
      }),
      column('customer_id', 2, 'bigint', false, {
        foreignKey: {
          constraint: 'orders_customer_fk',
          database,
          schema: 'sales',
          table: 'customers',
          column: 'id',
        },
      }),
      column('amount', 3, 'numeric(12,2)', true),
      column('status', 4, 'character varying(20)', true, {
        defaultValue: "'new'::character varying",
      }),
    ]);
    expect(byName.events_2025.partitionOf).toEqual(key('public', 'events'));
    expect(byName.events.partitionOf).toBeUndefined();
    expect(byName.events_2026.columns.map(c => c.isPrimaryKey)).toEqual([
      true,
      true,
    ]);
    expect(byName.order_totals.viewDefinition).toContain('sum(o.amount)');
    expect(byName.order_totals.rowEstimate).toBeUndefined();
    expect(snapshot.dependencies).toEqual([
      {
        view: key('sales', 'daily_status'),
        reads: key('sales', 'order_totals'),
      },
      { view: key('sales', 'daily_status'), reads: key('sales', 'orders') },
      { view: key('sales', 'order_totals'), reads: key('sales', 'customers') },
      { view: key('sales', 'order_totals'), reads: key('sales', 'orders') },
    ]);
  });

  it('resolves the tables of pg_stat_statements entries', async () => {
    const snapshot = await connector.read(connection(), true);
    const join = snapshot.queries?.find(q =>
      q.text.startsWith('SELECT count(*) FROM sales.orders'),
    );
    expect(join).toEqual({
      queryId: expect.stringMatching(new RegExp(`^${database}:-?\\d+$`)),
      database,
      text: expect.stringContaining('FROM sales.orders o JOIN sales.customers'),
      calls: 1,
      totalTimeMs: expect.any(Number),
      rows: 1,
      user: connection().user,
      tables: [key('sales', 'orders'), key('sales', 'customers')],
    });
    const events = snapshot.queries?.find(q => q.text.startsWith('SELECT id'));
    expect(events?.tables).toEqual([key('public', 'events')]);
    // Statements on catalogs only (like the connector's own) are dropped.
    expect(snapshot.queries?.every(q => q.tables.length > 0)).toBe(true);

    const without = await connector.read(connection());
    expect(without.queries).toBeUndefined();
  });

  it('passes every step of a connection test with counts', async () => {
    const steps = await connector.test(connection());
    expect(steps).toEqual([
      { step: 'connect', status: 'ok', durationMs: expect.any(Number) },
      {
        step: 'databases',
        status: 'ok',
        durationMs: expect.any(Number),
        count: 1,
      },
      {
        step: 'schemas',
        status: 'ok',
        durationMs: expect.any(Number),
        count: 2,
      },
      {
        step: 'tables',
        status: 'ok',
        durationMs: expect.any(Number),
        count: 6,
      },
      { step: 'views', status: 'ok', durationMs: expect.any(Number), count: 2 },
      {
        step: 'queries',
        status: 'ok',
        durationMs: expect.any(Number),
        count: expect.any(Number),
      },
    ]);
  });

  it('names connect as the failed step for a wrong password', async () => {
    const steps = await connector.test(connection({ password: 'wrong' }));
    expect(outcome(steps)).toEqual(
      stoppedAt('connect', 'password authentication failed'),
    );
  });

  it('reports a missing database in the test and as unread in a snapshot', async () => {
    const withMissing = connection({ databases: [database, missingDatabase] });
    expect(await withMissingDatabase(connector, withMissing)).toEqual(
      missingDatabaseUnread([database], 8),
    );
  });

  it('samples rows of a table with a name that needs quoting', async () => {
    const sample = await connector.sample(
      connection(),
      key('sales', 'Odd "Name"'),
      5,
    );
    expect(sample).toEqual({ columns: ['Value'], rows: [[42]] });
    const limited = await connector.sample(
      connection(),
      key('sales', 'customers'),
      2,
    );
    expect(limited.columns).toEqual(['id', 'email', 'created_at']);
    expect(limited.rows).toHaveLength(2);
  });

  it('skips the queries step when pg_stat_statements is absent', async () => {
    await source.database.run('DROP EXTENSION pg_stat_statements');
    const steps = await connector.test(connection());
    expect(steps[5]).toEqual({
      step: 'queries',
      status: 'skipped',
      durationMs: expect.any(Number),
      count: 0,
      detail: `pg_stat_statements is not installed in ${database}`,
    });
    const snapshot = await connector.read(connection(), true);
    expect(snapshot.queries).toBeUndefined();
  });
});
