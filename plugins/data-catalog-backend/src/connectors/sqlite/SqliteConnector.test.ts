import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { createMockDirectory } from '@backstage/backend-test-utils';
import { ResolvedConnection } from '@internal/plugin-data-catalog-node';
import { stat, utimes } from 'node:fs/promises';
import {
  connectorCalls,
  outcome,
  stoppedAt,
  stepCounts,
} from '../__testUtils__/connectorExpectations';
import { ensureDemoDatabase } from '../demoDatabase';
import { SqliteConnector } from './SqliteConnector';

const sqlPath = resolvePackagePath(
  '@internal/plugin-data-catalog-backend',
  'demo/warehouse.sql',
);
const directory = createMockDirectory();
const file = directory.resolve('demo/warehouse.db');
const connector = connectorCalls(new SqliteConnector());

function connection(host = file): ResolvedConnection {
  return {
    host,
    port: 1,
    user: 'demo',
    databases: [],
    excludeSchemas: [],
    ssl: false,
  };
}

const key = (name: string) => ({ database: 'warehouse', schema: 'main', name });

beforeAll(async () => {
  await ensureDemoDatabase(sqlPath, file);
});

describe('ensureDemoDatabase', () => {
  it('builds once and rebuilds only when the script is newer', async () => {
    const built = await stat(file);
    await ensureDemoDatabase(sqlPath, file);
    expect((await stat(file)).mtimeMs).toBe(built.mtimeMs);

    // Older than the script, however long ago the script was written.
    const past = new Date((await stat(sqlPath)).mtimeMs - 60_000);
    await utimes(file, past, past);
    await ensureDemoDatabase(sqlPath, file);
    expect((await stat(file)).mtimeMs).toBeGreaterThan(past.getTime());
    expect(directory.content({ path: 'demo' })).toEqual({
      'warehouse.db': expect.anything(),
    });
  });
});

describe('SqliteConnector', () => {
  it('reads the demo warehouse: tables, views, keys and dependencies', async () => {
    const snapshot = await connector.read(connection(), true);
    expect(snapshot.unreadDatabases).toEqual([]);
    expect(snapshot.databases).toEqual([
      { name: 'warehouse', sizeBytes: expect.any(Number) },
    ]);
    expect(snapshot.schemas).toEqual([{ database: 'warehouse', name: 'main' }]);
    expect(snapshot.queries).toBeUndefined();
    expect(snapshot.tables.map(t => `${t.name}:${t.kind}`)).toEqual([
      'campaign_performance:view',
      'campaigns:table',
      'customer_addresses:table',
      'customer_lifetime_value:view',
      'customers:table',
      'daily_revenue:view',
      'exchange_rates:table',
      'inventory_levels:table',
      'invoices:table',
      'newsletter_subscriptions:table',
      'order_items:table',
      'orders:table',
      'payments:table',
      'product_categories:table',
      'product_sales:view',
      'products:table',
      'refunds:table',
      'shipments:table',
      'suppliers:table',
      'web_events:table',
    ]);
    const byName = Object.fromEntries(snapshot.tables.map(t => [t.name, t]));
    expect(byName.customers.rowEstimate).toBe(120);
    expect(byName.orders.rowEstimate).toBe(150);
    expect(byName.daily_revenue.rowEstimate).toBeUndefined();
    expect(byName.daily_revenue.viewDefinition).toMatch(
      /^CREATE VIEW daily_revenue/,
    );
    expect(byName.customers.columns.map(c => c.name)).toEqual([
      'id',
      'first_name',
      'last_name',
      'email',
      'phone',
      'birth_date',
      'country_code',
      'segment',
      'created_at',
    ]);
    expect(byName.orders.columns.slice(0, 2)).toEqual([
      {
        name: 'id',
        ordinal: 1,
        dataType: 'INTEGER',
        nullable: false,
        isPrimaryKey: true,
      },
      {
        name: 'customer_id',
        ordinal: 2,
        dataType: 'INTEGER',
        nullable: false,
        isPrimaryKey: false,
        foreignKey: {
          constraint: 'orders_customer_id_fkey',
          database: 'warehouse',
          schema: 'main',
          table: 'customers',
          column: 'id',
        },
      },
    ]);
    expect(byName.orders.columns.find(c => c.name === 'status')).toMatchObject({
      dataType: 'TEXT',
      nullable: false,
      defaultValue: "'placed'",
    });
    expect(
      byName.order_items.columns.filter(c => c.isPrimaryKey).map(c => c.name),
    ).toEqual(['order_id', 'line_no']);
    expect(
      byName.product_categories.columns.find(c => c.name === 'parent_id')
        ?.foreignKey,
    ).toMatchObject({ table: 'product_categories', column: 'id' });
    const foreignKeys = snapshot.tables.flatMap(t =>
      t.columns
        .filter(c => c.foreignKey)
        .map(c => `${t.name}.${c.name}->${c.foreignKey!.table}`),
    );
    expect(foreignKeys.sort()).toEqual([
      'customer_addresses.customer_id->customers',
      'inventory_levels.product_id->products',
      'invoices.order_id->orders',
      'newsletter_subscriptions.customer_id->customers',
      'order_items.order_id->orders',
      'order_items.product_id->products',
      'orders.campaign_id->campaigns',
      'orders.customer_id->customers',
      'orders.shipping_address_id->customer_addresses',
      'payments.order_id->orders',
      'product_categories.parent_id->product_categories',
      'products.category_id->product_categories',
      'products.supplier_id->suppliers',
      'refunds.payment_id->payments',
      'shipments.order_id->orders',
      'web_events.campaign_id->campaigns',
      'web_events.customer_id->customers',
    ]);
    expect(snapshot.dependencies).toEqual([
      // In order of appearance: the subquery in the select list comes first.
      { view: key('campaign_performance'), reads: key('web_events') },
      { view: key('campaign_performance'), reads: key('campaigns') },
      { view: key('campaign_performance'), reads: key('orders') },
      { view: key('customer_lifetime_value'), reads: key('customers') },
      { view: key('customer_lifetime_value'), reads: key('orders') },
      { view: key('customer_lifetime_value'), reads: key('payments') },
      { view: key('customer_lifetime_value'), reads: key('refunds') },
      { view: key('daily_revenue'), reads: key('orders') },
      { view: key('daily_revenue'), reads: key('order_items') },
      { view: key('product_sales'), reads: key('products') },
      { view: key('product_sales'), reads: key('product_categories') },
      { view: key('product_sales'), reads: key('order_items') },
    ]);
  });

  it('passes a connection test and skips query history', async () => {
    const steps = await connector.test(connection());
    expect(stepCounts(steps)).toEqual([
      ['connect', 'ok', undefined],
      ['databases', 'ok', 1],
      ['schemas', 'ok', 1],
      ['tables', 'ok', 16],
      ['views', 'ok', 4],
      ['queries', 'skipped', undefined],
    ]);
  });

  it('fails connect and leaves the database unread for a missing file', async () => {
    const missing = directory.resolve('nope.db');
    const steps = await connector.test(connection(missing));
    expect(outcome(steps)).toEqual(
      stoppedAt('connect', `SQLite database file ${missing} does not exist`),
    );
    const snapshot = await connector.read(connection(missing));
    expect(snapshot.tables).toEqual([]);
    expect(snapshot.unreadDatabases).toEqual([
      { name: 'nope', error: `SQLite database file ${missing} does not exist` },
    ]);
  });

  it('samples rows in column order', async () => {
    const sample = await connector.sample(
      connection(),
      key('product_categories'),
      3,
    );
    expect(sample).toEqual({
      columns: ['id', 'name', 'parent_id'],
      rows: [
        [1, 'Electronics', null],
        [2, 'Home & Kitchen', null],
        [3, 'Outdoor', null],
      ],
    });
  });
});
