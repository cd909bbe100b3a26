import { TestDatabaseId } from '@backstage/backend-test-utils';
import { describeOnBothDatabases } from '@internal/testing';
import { Knex } from 'knex';
import { applyDatabaseMigrations } from '../database/migrations';
import {
  ackFeedCursor,
  appendEntityFeed,
  compactEntityFeed,
  readEntityFeed,
  readFeedCursor,
} from './entityFeed';
import { toCatalogTag } from './feedEntities';

const now = new Date('2026-03-01T10:00:00Z');
const TABLE = 'resource:wh/shop.sales.orders';
const SCHEMA = 'resource:wh/shop.sales';

async function fixtures(knex: Knex) {
  await knex('sources').insert({
    id: 'wh',
    title: 'Warehouse',
    description: 'The warehouse',
    platform: 'postgresql',
    connection: '{}',
    owner: 'group:default/data-team',
    created_by: 'user:default/alice',
    created_at: now,
    updated_at: now,
  });
  const asset = {
    source_id: 'wh',
    database_name: 'shop',
    content_hash: 'x',
    first_seen_at: now,
    last_seen_at: now,
    changed_at: now,
  };
  await knex('assets').insert([
    {
      ...asset,
      entity_ref: SCHEMA,
      kind: 'schema',
      schema_name: 'sales',
      name: 'sales',
      qualified_name: 'shop.sales',
      parent_ref: 'resource:wh/shop',
      comment: 'Sales data',
    },
    {
      ...asset,
      entity_ref: TABLE,
      kind: 'materialized-view',
      schema_name: 'sales',
      name: 'orders',
      qualified_name: 'shop.sales.orders',
      parent_ref: SCHEMA,
      comment: 'From the source',
    },
  ]);
  await knex('tag_categories').insert({ id: 'c1', name: 'Domain' });
  await knex('tags').insert([
    { id: 't1', category_id: 'c1', name: 'finance' },
    { id: 't2', category_id: 'c1', name: 'pii_high' },
    { id: 't3', category_id: 'c1', name: 'column-only' },
  ]);
  const tagged = { assigned_by: 'user:default/alice', assigned_at: now };
  await knex('asset_tags').insert([
    { ...tagged, entity_ref: TABLE, column_name: '', tag_id: 't1' },
    { ...tagged, entity_ref: TABLE, column_name: '', tag_id: 't2' },
    { ...tagged, entity_ref: TABLE, column_name: 'amount', tag_id: 't3' },
  ]);
  await knex('asset_docs').insert({
    entity_ref: TABLE,
    column_name: '',
    doc: JSON.stringify({ description: 'Every order, refreshed nightly' }),
    owner: 'group:default/sales-analytics',
    updated_by: 'user:default/alice',
    updated_at: now,
  });
}

describeOnBothDatabases('entity feed', databases => {
  async function setUp(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    await fixtures(knex);
    return knex;
  }

  it.each(databases.eachSupportedId())(
    'builds current entities for upserts, refs for deletes, %p',
    async databaseId => {
      const knex = await setUp(databaseId);
      await appendEntityFeed(knex, ['resource:wh/wh', TABLE], 'upsert');
      await appendEntityFeed(knex, [SCHEMA], 'delete');

      const page = await readEntityFeed(knex, 0, 100);

      expect(page.headSeq).toBe(3);
      expect(page.lastSeq).toBe(3);
      const managed = {
        'platform-portal.dev/data-source': 'wh',
        'platform-portal.dev/data-platform': 'postgresql',
        'backstage.io/managed-by-location': 'data-catalog:wh',
        'backstage.io/managed-by-origin-location': 'data-catalog:wh',
      };
      expect(page.entries).toEqual([
        {
          seq: 1,
          op: 'upsert',
          entityRef: 'resource:wh/wh',
          entity: {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Resource',
            metadata: {
              namespace: 'wh',
              name: 'wh',
              title: 'Warehouse',
              description: 'The warehouse',
              annotations: {
                ...managed,
                'platform-portal.dev/data-asset-kind': 'source',
              },
            },
            spec: { type: 'data-source', owner: 'group:default/data-team' },
          },
        },
        {
          seq: 2,
          op: 'upsert',
          entityRef: TABLE,
          entity: {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Resource',
            metadata: {
              namespace: 'wh',
              name: 'shop.sales.orders',
              title: 'orders',
              // The portal's documentation and owner win over the source's.
              description: 'Every order, refreshed nightly',
              tags: ['finance', 'pii-high'],
              annotations: {
                ...managed,
                'platform-portal.dev/data-asset-kind': 'materialized-view',
                'platform-portal.dev/data-qualified-name': 'shop.sales.orders',
              },
            },
            spec: {
              type: 'data-view',
              owner: 'group:default/sales-analytics',
              partOf: SCHEMA,
            },
          },
        },
        { seq: 3, op: 'delete', entityRef: SCHEMA },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'gives a ref once per page with its last op, and skips upserts of gone assets, %p',
    async databaseId => {
      const knex = await setUp(databaseId);
      await appendEntityFeed(knex, [TABLE], 'upsert');
      await appendEntityFeed(knex, ['resource:wh/shop.sales.gone'], 'upsert');
      await appendEntityFeed(knex, [TABLE], 'delete');

      const page = await readEntityFeed(knex, 0, 100);
      expect(page.entries).toEqual([
        { seq: 3, op: 'delete', entityRef: TABLE },
      ]);

      const skipped = await readEntityFeed(knex, 1, 1);
      expect(skipped).toEqual({ entries: [], headSeq: 3, lastSeq: 2 });
      expect(await readEntityFeed(knex, 3, 10)).toEqual({
        entries: [],
        headSeq: 3,
        lastSeq: 3,
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'appends inside the caller transaction, %p',
    async databaseId => {
      const knex = await setUp(databaseId);
      await expect(
        knex.transaction(async trx => {
          await appendEntityFeed(trx, [TABLE], 'upsert');
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect(await knex('entity_feed').select()).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps cursors and compacts only what every consumer has read, %p',
    async databaseId => {
      const knex = await setUp(databaseId);
      await appendEntityFeed(knex, [TABLE, SCHEMA], 'upsert'); // 1, 2
      await appendEntityFeed(knex, [TABLE], 'upsert'); // 3
      await appendEntityFeed(knex, [SCHEMA, TABLE], 'delete'); // 4, 5
      expect(await readFeedCursor(knex, 'catalog')).toBe(0);
      await ackFeedCursor(knex, 'catalog', 4);
      await ackFeedCursor(knex, 'other', 2);
      expect(await readFeedCursor(knex, 'catalog')).toBe(4);

      // Below the slowest cursor (2): rows 1 and 2, both superseded.
      expect(await compactEntityFeed(knex)).toBe(2);
      const seqs = await knex('entity_feed').orderBy('seq').pluck('seq');
      expect(seqs.map(Number)).toEqual([3, 4, 5]);

      await ackFeedCursor(knex, 'other', 5);
      expect(await compactEntityFeed(knex)).toBe(1);
      // The latest op of each ref stays for a consumer starting at 0.
      expect(
        await knex('entity_feed').orderBy('seq').select('entity_ref', 'op'),
      ).toEqual([
        { entity_ref: SCHEMA, op: 'delete' },
        { entity_ref: TABLE, op: 'delete' },
      ]);
    },
  );
});

describe('toCatalogTag', () => {
  it.each([
    ['finance', 'finance'],
    ['PII_High', 'pii-high'],
    ['a--b__c', 'a-b-c'],
    ['c++:#1', 'c++:#1'],
    ['___', undefined],
    ['x'.repeat(64), undefined],
  ])('%s → %s', (name, tag) => {
    expect(toCatalogTag(name)).toBe(tag);
  });
});
