import { Config, ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import {
  LunrSearchEngine,
  SearchEngine,
} from '@backstage/plugin-search-backend-node';
import { ElasticSearchSearchEngine } from '@backstage/plugin-search-backend-module-elasticsearch';
import { PgSearchEngine } from '@backstage/plugin-search-backend-module-pg';
import { DATA_CATALOG_SEARCH_TYPE } from '@internal/plugin-data-catalog-common';
import {
  createPortalTestDatabases,
  requireServiceEnv,
} from '@internal/testing';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { startDataCatalog } from './__testUtils__/dataCatalogBackend';
import { DataCatalogDocument } from './DataCatalogCollatorFactory';

jest.setTimeout(120_000);

const TABLE = '/data-catalog/tables/warehouse/shop.public.orders';
const COLUMN = `${TABLE}?column=customer_email`;
const logger = mockServices.logger.mock();
const databases = createPortalTestDatabases();

async function index(engine: SearchEngine, documents: DataCatalogDocument[]) {
  const indexer = await engine.getIndexer(DATA_CATALOG_SEARCH_TYPE);
  await pipeline(Readable.from(documents), indexer);
}

async function locations(
  engine: SearchEngine,
  term: string,
  filters?: Record<string, string>,
) {
  const { results } = await engine.query({
    term,
    filters,
    types: [DATA_CATALOG_SEARCH_TYPE],
  });
  return results.map(r => r.document as DataCatalogDocument);
}

/**
 * The documents the collator produced from the real backend, indexed and
 * queried by each engine the portal may run: Lunr (search-backend's
 * default), PostgreSQL (module-pg) and OpenSearch (module-elasticsearch).
 */
describe('data-catalog documents in the search engines', () => {
  let documents: DataCatalogDocument[];
  const opensearchUrl = requireServiceEnv('opensearch', 'OPENSEARCH_URL');
  const indexPrefix = `data-catalog-test-${process.pid}-`;

  beforeAll(async () => {
    const catalog = await startDataCatalog(databases, 'SQLITE_3');
    documents = await catalog.collate();
    await catalog.stop();
  });

  afterAll(async () => {
    await fetch(`${opensearchUrl}/${indexPrefix}*`, { method: 'DELETE' });
  });

  const engines: [string, () => Promise<SearchEngine>][] = [
    ['Lunr', async () => new LunrSearchEngine({ logger })],
    [
      'PostgreSQL',
      async () => {
        const knex = await databases.init('POSTGRES_15');
        const database = mockServices.database.mock({
          getClient: async () => knex,
        });
        return PgSearchEngine.fromConfig(new ConfigReader({}), { database });
      },
    ],
    [
      'OpenSearch',
      async () => {
        const config: Config = new ConfigReader({
          search: {
            elasticsearch: { provider: 'opensearch', node: opensearchUrl },
          },
        });
        return ElasticSearchSearchEngine.fromConfig({
          logger,
          config,
          indexPrefix,
        });
      },
    ],
  ];

  it.each(engines)(
    '%s finds a table by name, a column, and filters by kind',
    async (_name, create) => {
      const engine = await create();
      await index(engine, documents);

      const orders = await locations(engine, 'orders');
      expect(orders.map(d => d.location)).toContain(TABLE);
      expect(orders.find(d => d.location === TABLE)).toMatchObject({
        kind: 'table',
        authorization: { resourceRef: 'resource:warehouse/shop.public.orders' },
      });

      const column = await locations(engine, 'customer_email');
      expect(column.map(d => d.location)).toContain(COLUMN);

      const columnsOnly = await locations(engine, 'orders', { kind: 'column' });
      expect(columnsOnly.map(d => d.location).sort()).toEqual([
        COLUMN,
        `${TABLE}?column=order_id`,
      ]);
    },
  );
});
