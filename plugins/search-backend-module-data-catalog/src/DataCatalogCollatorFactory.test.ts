import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  DATA_CATALOG_SEARCH_TYPE,
  dataCatalogTableReadPermission,
} from '@internal/plugin-data-catalog-common';
import { describeOnBothDatabases } from '@internal/testing';
import { startDataCatalog } from './__testUtils__/dataCatalogBackend';
import { DataCatalogCollatorFactory } from './DataCatalogCollatorFactory';

const ORDERS = 'resource:warehouse/shop.public.orders';

describeOnBothDatabases('DataCatalogCollatorFactory', databases => {
  it.each(databases.eachSupportedId())(
    'reads every document of the real data-catalog backend, page by page (%p)',
    async databaseId => {
      const catalog = await startDataCatalog(databases, databaseId);
      try {
        expect(catalog.factory.type).toBe(DATA_CATALOG_SEARCH_TYPE);
        expect(catalog.factory.visibilityPermission).toBe(
          dataCatalogTableReadPermission,
        );
        const documents = await catalog.collate();
        const byLocation = new Map(documents.map(d => [d.location, d]));
        expect([...byLocation.keys()].sort()).toEqual([
          '/data-catalog/glossary/term-revenue',
          '/data-catalog/tables/warehouse/shop.public.daily_revenue',
          '/data-catalog/tables/warehouse/shop.public.orders',
          '/data-catalog/tables/warehouse/shop.public.orders?column=customer_email',
          '/data-catalog/tables/warehouse/shop.public.orders?column=order_id',
          '/data-catalog/tables?tag=finance',
        ]);
        expect(
          byLocation.get('/data-catalog/tables/warehouse/shop.public.orders'),
        ).toEqual({
          title: 'orders',
          text: 'Orders of the web shop · orders · shop.public.orders · orders shop public orders',
          location: '/data-catalog/tables/warehouse/shop.public.orders',
          authorization: { resourceRef: ORDERS },
          kind: 'table',
          platform: 'postgresql',
          owner: 'group:default/data',
          domain: 'sales',
          tags: ['finance'],
          entityRef: ORDERS,
        });
        expect(
          byLocation.get(
            '/data-catalog/tables/warehouse/shop.public.orders?column=customer_email',
          ),
        ).toMatchObject({
          title: 'orders.customer_email',
          authorization: { resourceRef: ORDERS },
          kind: 'column',
          column: 'customer_email',
          entityRef: ORDERS,
          tags: [],
        });
        const term = byLocation.get('/data-catalog/glossary/term-revenue');
        expect(term).toMatchObject({
          kind: 'term',
          title: 'Revenue',
          entityRef: '',
        });
        expect(term?.authorization).toBeUndefined();
        expect(term?.text).toContain('Income from sales before costs');
      } finally {
        await catalog.stop();
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'fails the collation when the backend refuses (%p)',
    async databaseId => {
      const catalog = await startDataCatalog(databases, databaseId);
      try {
        // A user's credentials are not a service's: the feed answers 401/403.
        const asUser = new DataCatalogCollatorFactory({
          auth: mockServices.auth.mock({
            getOwnServiceCredentials: async () => mockCredentials.service(),
            getPluginRequestToken: async () => ({
              token: mockCredentials.user.token('user:default/mallory'),
            }),
          }),
          discovery: {
            getBaseUrl: async () => catalog.baseUrl,
            getExternalBaseUrl: async () => catalog.baseUrl,
          },
          logger: mockServices.logger.mock(),
        });
        const read = async () => {
          for await (const _ of await asUser.getCollator()) {
            // drain
          }
        };
        await expect(read()).rejects.toThrow(/40[13]/);
      } finally {
        await catalog.stop();
      }
    },
  );
});
