import { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  PermissionCriteria,
  PermissionCondition,
} from '@backstage/plugin-permission-common';
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
} from '../__testUtils__/testContext';
import { documentAsset } from './__testUtils__/searchFixtures';
import { seedSearchWorld, TEAM_A, TEAM_B } from './__testUtils__/searchWorld';
import { createSearchRouter } from './createSearchRouter';

const rule = (name: string, values: string[]): PermissionCondition => ({
  rule: name,
  resourceType: DATA_CATALOG_TABLE_RESOURCE_TYPE,
  params: { values },
});

describeOnBothDatabases(
  'search under CONDITIONAL read decisions',
  databases => {
    async function setup(
      databaseId: TestDatabaseId,
      conditions: PermissionCriteria<PermissionCondition>,
    ) {
      const context = await createTestContext(databases, databaseId, {
        'data-catalog.table.read': {
          result: AuthorizeResult.CONDITIONAL,
          pluginId: 'data-catalog',
          resourceType: DATA_CATALOG_TABLE_RESOURCE_TYPE,
          conditions,
        },
      });
      const refs = await seedSearchWorld(context.knex);
      const app = createTestApp(await createSearchRouter(context));
      const visible = async (q = '') => {
        const res = await request(app)
          .get('/search')
          .query({ q, limit: 100 })
          .set(asUser());
        expect(res.status).toBe(200);
        const body = res.body as SearchResponse;
        return body.hits
          .filter(h => h.entityRef)
          .map(h => (h.column ? `${h.title}@${h.entityRef}` : h.title))
          .sort();
      };
      const suggested = async (q: string) => {
        const res = await request(app)
          .get('/search/autocomplete')
          .query({ q })
          .set(asUser());
        return (res.body as { label: string }[]).map(s => s.label);
      };
      return { context, refs, visible, suggested };
    }

    it.each(databases.eachSupportedId())(
      'HAS_TAG matches a table by its own or its columns\u2019 tags (%p)',
      async databaseId => {
        const { visible } = await setup(
          databaseId,
          rule('HAS_TAG', ['pii-high']),
        );
        expect(await visible()).toEqual([
          'card_number@resource:lake/shop.public.payments',
          'payments',
        ]);
      },
    );

    it.each(databases.eachSupportedId())(
      'IN_NAMESPACE, anyOf and not nest as in the inventory (%p)',
      async databaseId => {
        const lake = await setup(databaseId, rule('IN_NAMESPACE', ['lake']));
        expect(await lake.visible()).toEqual([
          'card_number@resource:lake/shop.public.payments',
          'customer_id@resource:lake/shop.public.customers',
          'customers',
          'payments',
        ]);
        const nested = await setup(databaseId, {
          anyOf: [
            rule('HAS_TAG', ['finance']),
            { not: rule('HAS_OWNER', [TEAM_A.toUpperCase()]) },
          ],
        });
        expect(await nested.visible('orders')).toEqual(['orders', 'payments']);
      },
    );

    it.each(databases.eachSupportedId())(
      'never shows a table whose owner changed before its documents were refreshed (%p)',
      async databaseId => {
        const { context, refs, visible, suggested } = await setup(
          databaseId,
          rule('HAS_OWNER', [TEAM_A]),
        );
        expect(await visible('orders')).toContain('orders');
        expect(await suggested('orders')).toContain('orders');
        await documentAsset(context.knex, refs.orders, { owner: TEAM_B });
        expect(await visible('orders')).not.toContain('orders');
        expect(await suggested('orders')).not.toContain('orders');
        expect(await visible('orders')).toContain('orders_daily');
      },
    );
  },
);
