import {
  coreServices,
  createBackendModule,
  resolvePackagePath,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
// eslint-disable-next-line @backstage/no-mixed-plugin-imports -- tests run the real backend the collator reads
import dataCatalogPlugin from '@internal/plugin-data-catalog-backend';
import {
  DataCatalogCollatorFactory,
  DataCatalogDocument,
} from '../DataCatalogCollatorFactory';

type Knex = Awaited<ReturnType<TestDatabases['init']>>;
const at = new Date('2026-11-01T00:00:00Z');

/**
 * A source `warehouse` with table `orders` (tagged `finance`; columns
 * `order_id` and `customer_email`) and view `daily_revenue`, and an
 * approved glossary term `Revenue`.
 */
async function seed(knex: Knex) {
  await knex.migrate.latest({
    directory: resolvePackagePath(
      '@internal/plugin-data-catalog-backend',
      'migrations',
    ),
  });
  await knex('sources').insert({
    id: 'warehouse',
    title: 'Warehouse',
    platform: 'postgresql',
    connection: '{}',
    owner: 'group:default/data',
    domain: 'sales',
    created_by: 'user:default/admin',
    created_at: at,
    updated_at: at,
  });
  const asset = (name: string, kind: string, comment: string) => ({
    entity_ref: `resource:warehouse/shop.public.${name}`,
    source_id: 'warehouse',
    kind,
    name,
    qualified_name: `shop.public.${name}`,
    comment,
    content_hash: name,
    first_seen_at: at,
    last_seen_at: at,
    changed_at: at,
  });
  await knex('assets').insert([
    asset('orders', 'table', 'Orders of the web shop'),
    asset('daily_revenue', 'view', 'Revenue per day'),
  ]);
  await knex('columns').insert(
    ['order_id', 'customer_email'].map((name, i) => ({
      entity_ref: 'resource:warehouse/shop.public.orders',
      name,
      ordinal: i + 1,
      data_type: 'text',
      nullable: false,
      comment: i === 1 ? 'Where receipts are sent' : null,
    })),
  );
  await knex('tag_categories').insert({ id: 'c1', name: 'Domain' });
  await knex('tags').insert({ id: 't1', category_id: 'c1', name: 'finance' });
  await knex('asset_tags').insert({
    entity_ref: 'resource:warehouse/shop.public.orders',
    column_name: '',
    tag_id: 't1',
    assigned_by: 'user:default/admin',
    assigned_at: at,
  });
  await knex('glossary_terms').insert({
    id: 'term-revenue',
    name: 'Revenue',
    definition: 'Income from sales before costs',
    synonyms: '["turnover"]',
    owner: 'group:default/finance',
    reviewers: '[]',
    status: 'approved',
    created_by: 'user:default/admin',
    created_at: at,
    updated_at: at,
  });
}

/**
 * The real data-catalog backend plugin on a seeded test database, its
 * search index built by its own scheduled task, and a collator reading
 * it over HTTP with mock service credentials.
 */
export async function startDataCatalog(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
) {
  const knex = await databases.init(databaseId);
  await seed(knex);
  let scheduler: SchedulerService | undefined;
  const backend = await startTestBackend({
    features: [
      dataCatalogPlugin,
      createBackendModule({
        pluginId: 'data-catalog',
        moduleId: 'test-scheduler',
        register(env) {
          env.registerInit({
            deps: { s: coreServices.scheduler },
            async init({ s }) {
              scheduler = s;
            },
          });
        },
      }),
      mockServices.database.factory({ knex }),
      mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
    ],
  });
  await scheduler!.triggerTask('data-catalog-search-index');
  const baseUrl = `http://localhost:${backend.server.port()}/api/data-catalog`;
  const factory = new DataCatalogCollatorFactory({
    auth: mockServices.auth({ pluginId: 'search' }),
    discovery: {
      getBaseUrl: async () => baseUrl,
      getExternalBaseUrl: async () => baseUrl,
    },
    logger: mockServices.logger.mock(),
    batchSize: 2,
  });
  const collate = async (): Promise<DataCatalogDocument[]> => {
    const documents: DataCatalogDocument[] = [];
    for await (const document of await factory.getCollator()) {
      documents.push(document);
    }
    return documents;
  };
  return { factory, collate, baseUrl, stop: () => backend.stop() };
}
