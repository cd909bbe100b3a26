import { Knex } from 'knex';
import { rebuildSearchDocuments } from '../searchDocuments';
import {
  documentAsset,
  insertSource,
  insertTable,
  insertTerm,
  scoreQuality,
  tagAsset,
  viewTable,
} from './searchFixtures';

export const TEAM_A = 'group:default/team-a';
export const TEAM_B = 'group:default/team-b';

/**
 * Two sources of two teams. For "orders": `orders` is the exact name,
 * `orders_daily` (viewed) and `orders_archive` start with it,
 * `customer_orders` contains it and `payments` mentions it in its comment.
 */
export async function seedSearchWorld(knex: Knex) {
  await insertSource(knex, { id: 'warehouse', owner: TEAM_A, domain: 'sales' });
  await insertSource(knex, { id: 'lake', owner: TEAM_B, platform: 'mysql' });
  const refs = {
    orders: await insertTable(knex, {
      sourceId: 'warehouse',
      name: 'orders',
      columns: [{ name: 'id' }, { name: 'customer_id' }, { name: 'total' }],
    }),
    ordersArchive: await insertTable(knex, {
      sourceId: 'warehouse',
      name: 'orders_archive',
      columns: [{ name: 'id' }],
    }),
    ordersDaily: await insertTable(knex, {
      sourceId: 'warehouse',
      name: 'orders_daily',
      kind: 'view',
    }),
    customerOrders: await insertTable(knex, {
      sourceId: 'warehouse',
      name: 'customer_orders',
    }),
    payments: await insertTable(knex, {
      sourceId: 'lake',
      name: 'payments',
      comment: '<b>Settled</b> orders & "refunds"',
      columns: [{ name: 'card_number', comment: 'PAN of the card' }],
    }),
    customers: await insertTable(knex, {
      sourceId: 'lake',
      name: 'customers',
      columns: [{ name: 'customer_id' }],
    }),
  };
  await documentAsset(knex, refs.orders, {
    description: 'Every order placed in the shop',
  });
  await tagAsset(knex, refs.orders, 'finance');
  await tagAsset(knex, refs.payments, 'pii-high', 'card_number');
  await scoreQuality(knex, refs.orders, 90);
  await scoreQuality(knex, refs.ordersArchive, 60);
  await scoreQuality(knex, refs.payments, 30);
  await viewTable(knex, refs.ordersDaily, 50);
  await insertTerm(knex, {
    id: 'term-order',
    name: 'Order',
    definition: 'A purchase placed by a customer',
    status: 'approved',
  });
  await insertTerm(knex, {
    id: 'term-old',
    name: 'Legacy customer',
    definition: 'A customer of the old shop',
    status: 'deprecated',
  });
  await insertTerm(knex, {
    id: 'term-draft',
    name: 'Customer segment',
    definition: 'Not agreed yet',
    status: 'draft',
  });
  await rebuildSearchDocuments(knex);
  return refs;
}
