import { mockCredentials, TestDatabaseId } from '@backstage/backend-test-utils';
import {
  AutocompleteSuggestion,
  SavedSearch,
  SearchDocumentsPage,
} from '@internal/plugin-data-catalog-common';
import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import {
  asUser,
  createTestApp,
  createTestContext,
} from '../__testUtils__/testContext';
import { seedSearchWorld } from './__testUtils__/searchWorld';
import { createSearchRouter } from './createSearchRouter';
import { RECENT_SEARCHES_KEPT } from './savedSearches';

const READ = 'data-catalog.table.read';
const alice = asUser('user:default/alice');
const bob = asUser('user:default/bob');

describeOnBothDatabases('search router', databases => {
  async function setup(databaseId: TestDatabaseId) {
    const context = await createTestContext(databases, databaseId, {
      [READ]: true,
    });
    await seedSearchWorld(context.knex);
    return createTestApp(await createSearchRouter(context));
  }

  it.each(databases.eachSupportedId())(
    'suggests names starting with the text, exact names first (%p)',
    async databaseId => {
      const app = await setup(databaseId);
      const suggest = async (q: string, limit = 8) => {
        const res = await request(app)
          .get('/search/autocomplete')
          .query({ q, limit })
          .set(alice);
        expect(res.status).toBe(200);
        return (res.body as AutocompleteSuggestion[]).map(s => s.label);
      };
      expect(await suggest('Orders')).toEqual([
        'orders',
        'orders_daily',
        'orders_archive',
      ]);
      // All four have the same boost: their order is the index's.
      expect((await suggest('cust')).sort()).toEqual([
        'customer_orders',
        'customers',
        'customers.customer_id',
        'orders.customer_id',
      ]);
      expect(await suggest('cust', 2)).toHaveLength(2);
      expect(await suggest('ord')).toContain('Order');
      expect(await suggest('   ')).toEqual([]);
      const bad = await request(app)
        .get('/search/autocomplete?limit=99')
        .set(alice);
      expect(bad.status).toBe(400);
    },
  );

  it.each(databases.eachSupportedId())(
    'records recent searches per user, deduplicated, the last 20 (%p)',
    async databaseId => {
      const app = await setup(databaseId);
      const recent = async (user = alice) =>
        (await request(app).get('/search/recent').set(user))
          .body as SavedSearch[];
      await request(app).get('/search?q=orders&tag=finance').set(alice);
      await request(app).get('/search?q=customer').set(alice);
      await request(app).get('/search?q=').set(alice);
      // The same query and filters again (in another order) moves it up.
      await request(app)
        .get('/search?q=orders&tag=finance&kind=table')
        .set(alice);
      await request(app)
        .get('/search?kind=table&q=orders&tag=finance')
        .set(alice);
      expect(
        (await recent()).map(s => [s.query, s.filters, s.favorite]),
      ).toEqual([
        ['orders', { kind: ['table'], tag: ['finance'] }, false],
        ['customer', {}, false],
        ['orders', { tag: ['finance'] }, false],
      ]);
      expect(await recent(bob)).toEqual([]);

      for (let i = 0; i < RECENT_SEARCHES_KEPT + 5; i++) {
        await request(app).get(`/search?q=q${i}`).set(alice);
      }
      const kept = await recent();
      expect(kept).toHaveLength(RECENT_SEARCHES_KEPT);
      expect(kept[0].query).toBe(`q${RECENT_SEARCHES_KEPT + 4}`);
    },
  );

  it.each(databases.eachSupportedId())(
    'saves, lists and deletes favourite searches of their owner only (%p)',
    async databaseId => {
      const app = await setup(databaseId);
      await request(app).get('/search?q=orders').set(alice);
      const saved = await request(app)
        .post('/search/saved')
        .set(alice)
        .send({ name: 'My orders', query: 'orders', filters: {} });
      expect(saved.status).toBe(201);
      expect(saved.body).toMatchObject({
        name: 'My orders',
        query: 'orders',
        filters: {},
        favorite: true,
      });
      // The recent search became the favourite: no second row.
      const recent = (await request(app).get('/search/recent').set(alice))
        .body as SavedSearch[];
      expect(recent.map(s => s.id)).toEqual([saved.body.id]);

      const list = await request(app).get('/search/saved').set(alice);
      expect(list.body.map((s: SavedSearch) => s.name)).toEqual(['My orders']);
      expect((await request(app).get('/search/saved').set(bob)).body).toEqual(
        [],
      );
      expect(
        (await request(app).delete(`/search/saved/${saved.body.id}`).set(bob))
          .status,
      ).toBe(404);
      expect(
        (await request(app).delete(`/search/saved/${saved.body.id}`).set(alice))
          .status,
      ).toBe(204);
      expect((await request(app).get('/search/saved').set(alice)).body).toEqual(
        [],
      );

      const invalid = await request(app)
        .post('/search/saved')
        .set(alice)
        .send({ query: 'x' });
      expect(invalid.status).toBe(400);
      expect(invalid.body.error.message).toContain('name');
      expect((await request(app).get('/search/saved')).status).toBe(401);
    },
  );

  it.each(databases.eachSupportedId())(
    'pages every document to service principals only (%p)',
    async databaseId => {
      const app = await setup(databaseId);
      const service = { Authorization: mockCredentials.service.header() };
      const seen: string[] = [];
      let after: string | undefined;
      do {
        const res = await request(app)
          .get('/search/documents')
          .query({ limit: 5, ...(after ? { after } : {}) })
          .set(service);
        expect(res.status).toBe(200);
        const page = res.body as SearchDocumentsPage;
        seen.push(...page.items.map(d => d.location));
        after = page.nextAfter;
      } while (after);
      // 6 tables, 6 columns, 2 terms, 2 tags; every one once.
      expect(seen).toHaveLength(16);
      expect(new Set(seen).size).toBe(16);
      expect(seen).toContain(
        '/data-catalog/tables/lake/shop.public.payments?column=card_number',
      );

      expect(
        (await request(app).get('/search/documents').set(alice)).status,
      ).toBe(403);
      expect((await request(app).get('/search/documents')).status).toBe(401);
    },
  );
});
