import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { searchQuerySchema } from '@internal/plugin-data-catalog-common';
import { describeOnBothDatabases } from '@internal/testing';
import { Knex } from 'knex';
import { createTestContext } from '../__testUtils__/testContext';
import { seedSearchWorld } from './__testUtils__/searchWorld';
import { findMatches } from './searchMatches';
import { parseSearchText } from './searchText';

const ALLOW = { result: AuthorizeResult.ALLOW } as const;

async function names(knex: Knex, rowIds: (number | string)[]) {
  const rows: { row_id: number | string; name: string }[] = await knex(
    'search_documents',
  )
    .whereIn('row_id', rowIds)
    .select('row_id', 'name');
  const byId = new Map(rows.map(r => [String(r.row_id), r.name]));
  return rowIds.map(id => byId.get(String(id)));
}

describeOnBothDatabases('findMatches', databases => {
  const match = (knex: Knex, q: string, page = {}, cap?: number) =>
    findMatches(
      knex,
      parseSearchText(q),
      searchQuerySchema.parse({ q, ...page }),
      ALLOW,
      cap,
    );

  it.each(databases.eachSupportedId())(
    'pages through the tiers in rank order (%p)',
    async databaseId => {
      const { knex } = await createTestContext(databases, databaseId);
      await seedSearchWorld(knex);
      const pages = [];
      for (const offset of [0, 2, 4]) {
        const { hits, total } = await match(knex, 'orders', {
          offset,
          limit: 2,
        });
        expect(total).toBe(5);
        pages.push(
          ...(await names(
            knex,
            hits.map(h => h.row_id),
          )),
        );
      }
      expect(pages).toEqual([
        'orders',
        'orders_daily',
        'orders_archive',
        'payments',
        'customer_orders',
      ]);
      const { hits } = await match(knex, 'orders', { offset: 5 });
      expect(hits).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'counts and facets only the first matches up to the cap (%p)',
    async databaseId => {
      const { knex } = await createTestContext(databases, databaseId);
      await seedSearchWorld(knex);
      const three = await match(knex, 'orders', {}, 3);
      expect(three).toMatchObject({ total: 3, capped: true });
      expect(
        await names(
          knex,
          three.hits.map(h => h.row_id),
        ),
      ).toEqual(['orders', 'orders_daily', 'orders_archive']);
      expect(three.facets.kind).toEqual([{ value: 'table', count: 3 }]);
      expect(three.facets.quality).toEqual([
        { value: 'high', count: 1 },
        { value: 'medium', count: 1 },
        { value: 'unscored', count: 1 },
      ]);
      // Only one of the two "other" matches fits: whichever is found first.
      const four = await match(knex, 'orders', {}, 4);
      const fourth = (
        await names(
          knex,
          four.hits.map(h => h.row_id),
        )
      )[3];
      expect(['payments', 'customer_orders']).toContain(fourth);
      expect(await match(knex, 'orders', {}, 6)).toMatchObject({
        total: 5,
        capped: false,
      });
    },
  );
});
