import { TestDatabaseId } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  DATA_CATALOG_TABLE_RESOURCE_TYPE,
  SearchResponse,
} from '@internal/plugin-data-catalog-common';
import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import {
  asUser,
  createTestApp,
  createTestContext,
  TestGrants,
} from '../__testUtils__/testContext';
import { documentAsset } from './__testUtils__/searchFixtures';
import { seedSearchWorld, TEAM_A } from './__testUtils__/searchWorld';
import { createSearchRouter } from './createSearchRouter';
import { refreshSearchDocuments } from './searchDocuments';

const READ = 'data-catalog.table.read';
const teamAOnly: TestGrants = {
  [READ]: {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'data-catalog',
    resourceType: DATA_CATALOG_TABLE_RESOURCE_TYPE,
    conditions: {
      rule: 'HAS_OWNER',
      resourceType: DATA_CATALOG_TABLE_RESOURCE_TYPE,
      params: { values: [TEAM_A] },
    },
  },
};

describeOnBothDatabases('GET /search', databases => {
  async function setup(databaseId: TestDatabaseId, grants: TestGrants) {
    const context = await createTestContext(databases, databaseId, grants);
    const refs = await seedSearchWorld(context.knex);
    const app = createTestApp(await createSearchRouter(context));
    const search = async (query: string) => {
      const res = await request(app).get(`/search?${query}`).set(asUser());
      expect(res.status).toBe(200);
      return res.body as SearchResponse;
    };
    return { context, refs, app, search };
  }
  const titles = (response: SearchResponse) =>
    response.hits.map(h => (h.column ? `${h.title}@${h.entityRef}` : h.title));

  it.each(databases.eachSupportedId())(
    'ranks the exact name, then prefixes by usage, then other matches, documented first (%p)',
    async databaseId => {
      const { search } = await setup(databaseId, { [READ]: true });
      const response = await search('q=orders');
      expect(titles(response)).toEqual([
        'orders',
        // Prefix tier: the viewed one first.
        'orders_daily',
        'orders_archive',
        // Other matches: the documented (commented) one first.
        'payments',
        'customer_orders',
      ]);
      expect(response.totalCount).toBe(5);
      const [exact, daily, archive] = response.hits;
      expect(exact.score).toBeGreaterThan(daily.score);
      expect(daily.score).toBeGreaterThan(archive.score);
    },
  );

  it.each(databases.eachSupportedId())(
    'matches words of names, descriptions and terms; drafts are not searchable (%p)',
    async databaseId => {
      const { search } = await setup(databaseId, { [READ]: true });
      const customer = await search('q=customer');
      expect(titles(customer)).toEqual(
        expect.arrayContaining([
          'customer_orders',
          'customers',
          'Legacy customer',
          'Order',
          'customer_id@resource:warehouse/shop.public.orders',
          'customer_id@resource:lake/shop.public.customers',
        ]),
      );
      expect(titles(customer)).not.toContain('Customer segment');
      // Every word must match: "placed" and "shop" are both in the doc.
      expect(titles(await search('q=placed%20shop'))).toEqual(['orders']);
      expect((await search('q=nothing-like-this')).hits).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'counts facets over the matches and filters by them (%p)',
    async databaseId => {
      const { search } = await setup(databaseId, { [READ]: true });
      const all = await search('q=');
      expect(all.totalCount).toBe(6 + 6 + 2 + 2);
      expect(all.facets.kind).toEqual([
        { value: 'column', count: 6 },
        { value: 'table', count: 6 },
        { value: 'tag', count: 2 },
        { value: 'term', count: 2 },
      ]);
      expect(all.facets.platform).toEqual([
        { value: 'postgresql', count: 8 },
        { value: 'mysql', count: 4 },
      ]);
      expect(all.facets.domain).toEqual([{ value: 'sales', count: 8 }]);
      expect(all.facets.tag).toEqual([
        { value: 'finance', count: 1 },
        { value: 'pii-high', count: 1 },
      ]);
      // Columns take their table's score: orders (90) with 3 columns.
      expect(all.facets.quality).toEqual([
        { value: 'high', count: 4 },
        { value: 'unscored', count: 4 },
        { value: 'low', count: 2 },
        { value: 'medium', count: 2 },
      ]);

      const pii = await search('tag=pii-high');
      expect(titles(pii)).toEqual([
        'card_number@resource:lake/shop.public.payments',
      ]);
      const columns = await search('q=customer&kind=column&platform=mysql');
      expect(titles(columns)).toEqual([
        'customer_id@resource:lake/shop.public.customers',
      ]);
      expect(columns.facets.kind).toEqual([{ value: 'column', count: 1 }]);
      const good = await search('kind=table&quality=high&quality=medium');
      expect(titles(good).sort()).toEqual(['orders', 'orders_archive']);
    },
  );

  it.each(databases.eachSupportedId())(
    'highlights matches in HTML-escaped text (%p)',
    async databaseId => {
      const { search } = await setup(databaseId, { [READ]: true });
      const [payments] = (await search('q=refunds')).hits;
      expect(payments.text).toBe('<b>Settled</b> orders & "refunds"');
      expect(payments.highlight.text).toBe(
        '&lt;b&gt;Settled&lt;/b&gt; orders &amp; &quot;<mark>refunds</mark>&quot;',
      );
      const ord = await search('q=ORD');
      const orders = ord.hits.find(h => h.title === 'orders');
      expect(orders?.highlight.title).toBe('<mark>ord</mark>ers');
    },
  );

  it.each(databases.eachSupportedId())(
    'shows only readable tables and their columns under a CONDITIONAL decision (%p)',
    async databaseId => {
      const { search, context, refs } = await setup(databaseId, teamAOnly);
      const visible = titles(await search('q=customer'));
      expect(visible).toEqual(
        expect.arrayContaining([
          'customer_orders',
          'customer_id@resource:warehouse/shop.public.orders',
          'Legacy customer',
        ]),
      );
      expect(visible).not.toContain('customers');
      expect(visible).not.toContain(
        'customer_id@resource:lake/shop.public.customers',
      );
      const facets = (await search('q=')).facets;
      expect(facets.platform).toEqual([{ value: 'postgresql', count: 8 }]);

      // The documented owner wins over the source's.
      await documentAsset(context.knex, refs.customers, { owner: TEAM_A });
      await refreshSearchDocuments(context.knex, [refs.customers]);
      expect(titles(await search('q=customer'))).toContain('customers');
    },
  );

  it.each(databases.eachSupportedId())(
    'answers 401 anonymous, 403 without read, 400 for bad filters (%p)',
    async databaseId => {
      const { app } = await setup(databaseId, {});
      expect((await request(app).get('/search?q=x')).status).toBe(401);
      expect((await request(app).get('/search?q=x').set(asUser())).status).toBe(
        403,
      );
      const allowed = await setup(databaseId, { [READ]: true });
      const bad = await request(allowed.app)
        .get('/search?kind=planet')
        .set(asUser());
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('kind');
      const long = await request(allowed.app)
        .get(`/search?limit=500`)
        .set(asUser());
      expect(long.status).toBe(400);
      expect(long.body.error.message).toContain('limit');
    },
  );
});
