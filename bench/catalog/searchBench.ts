import { ConfigReader } from '@backstage/config';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { PgSearchEngine } from '@backstage/plugin-search-backend-module-pg';
import {
  LunrSearchEngine,
  SearchEngine,
} from '@backstage/plugin-search-backend-node';
import {
  DATA_CATALOG_SEARCH_TYPE,
  DATA_CATALOG_TABLE_RESOURCE_TYPE,
  DataCatalogSearchDocument,
  searchQuerySchema,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { applyDatabaseMigrations } from '../../plugins/data-catalog-backend/src/database/migrations';
import { autocomplete } from '../../plugins/data-catalog-backend/src/search/autocomplete';
import { runSearch } from '../../plugins/data-catalog-backend/src/search/runSearch';
import { rebuildSearchDocuments } from '../../plugins/data-catalog-backend/src/search/searchDocuments';
import { readSearchDocumentsPage } from '../../plugins/data-catalog-backend/src/search/searchDocumentsPage';
import { BenchDatabases } from './benchDatabases';
import { quietLogger } from './ingestBench';
import { generateCatalog, isSampled } from './searchCorpus';
import { benchQueries } from './searchQueries';
import { Latency, measureQueries, printLatencies, timed } from './stats';

const ALLOW: PolicyDecision = { result: AuthorizeResult.ALLOW };
// Two of the corpus's eight owning teams.
const TWO_TEAMS: PolicyDecision = {
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'data-catalog',
  resourceType: DATA_CATALOG_TABLE_RESOURCE_TYPE,
  conditions: {
    rule: 'HAS_OWNER',
    resourceType: DATA_CATALOG_TABLE_RESOURCE_TYPE,
    params: { values: ['group:default/team-1', 'group:default/team-2'] },
  },
};
// Lunr's capacity probe: every 11th table (about 9 %, 100,000 documents).
const LUNR_PROBE_EVERY = 11;

export type SearchFigures = {
  catalog: Latency;
  pgEngine: Latency;
  lunr: Latency;
  lunrDocuments: number;
};

async function* allDocuments(knex: Knex) {
  let after: string | undefined;
  do {
    const page = await readSearchDocumentsPage(knex, after, 1000);
    yield* page.items;
    after = page.nextAfter;
  } while (after);
}

async function index(
  engine: SearchEngine,
  documents: AsyncIterable<unknown> | unknown[],
) {
  const indexer = await engine.getIndexer(DATA_CATALOG_SEARCH_TYPE);
  await pipeline(Readable.from(documents), indexer);
}

const engineQuery = (engine: SearchEngine) => (term: string) =>
  engine.query({ term, types: [DATA_CATALOG_SEARCH_TYPE] });

/** The catalog's own search: the SQL path behind `GET /search`. */
async function measureCatalog(knex: Knex, queries: string[]) {
  const search = (decision: PolicyDecision) => (q: string) =>
    runSearch(knex, searchQuerySchema.parse({ q }), decision);
  const rows = [
    await measureQueries(
      'data-catalog /search (ALLOW)',
      queries,
      search(ALLOW),
    ),
    await measureQueries(
      'data-catalog /search (CONDITIONAL, 2 owners)',
      queries,
      search(TWO_TEAMS),
    ),
    await measureQueries('data-catalog /search/autocomplete', queries, q =>
      autocomplete(knex, q, 8, ALLOW),
    ),
  ];
  printLatencies('data-catalog search on PostgreSQL', rows);
  return rows[0];
}

/**
 * Backstage's PostgreSQL engine on every document (its own database, as
 * the search plugin has), collecting Lunr's samples on the way.
 */
async function measurePgEngine(
  databases: BenchDatabases,
  catalog: Knex,
  queries: string[],
) {
  const { knex } = await databases.create('pgsearch', 6);
  const engine = await PgSearchEngine.fromConfig(new ConfigReader({}), {
    database: { getClient: async () => knex },
  });
  const sample: DataCatalogSearchDocument[] = [];
  const probe: DataCatalogSearchDocument[] = [];
  async function* tee() {
    for await (const document of allDocuments(catalog)) {
      if (isSampled(document.entityRef)) sample.push(document);
      if (isSampled(document.entityRef, LUNR_PROBE_EVERY)) probe.push(document);
      yield document;
    }
  }
  const [indexS] = await timed(() => index(engine, tee()));
  console.log(
    `  PgSearchEngine indexed every document in ${indexS.toFixed(1)} s`,
  );
  const latency = await measureQueries(
    'Backstage PgSearchEngine',
    queries,
    engineQuery(engine),
  );
  return { latency, sample, probe };
}

/**
 * Lunr holds everything in the heap: building ~100,000 documents shows
 * the size it can take; the query series runs on the sample.
 */
async function measureLunr(
  queries: string[],
  sample: DataCatalogSearchDocument[],
  probe: DataCatalogSearchDocument[],
) {
  let big: LunrSearchEngine | undefined = new LunrSearchEngine({
    logger: quietLogger,
  });
  const [probeS] = await timed(() => index(big!, probe));
  const heapGb = process.memoryUsage().heapUsed / 1e9;
  const [queryS] = await timed(() => engineQuery(big!)('created_at'));
  console.log(
    `  Lunr, ${probe.length} documents: indexed in ${probeS.toFixed(
      1,
    )} s, heap ${heapGb.toFixed(
      1,
    )} GB, "created_at" answered in ${queryS.toFixed(1)} s`,
  );
  big = undefined;
  const lunr = new LunrSearchEngine({ logger: quietLogger });
  await index(lunr, sample);
  return measureQueries(
    `Backstage LunrSearchEngine (${sample.length} docs)`,
    queries,
    engineQuery(lunr),
  );
}

/**
 * (b) `tables` tables with ten columns each in the catalog's search index,
 * then in Backstage's PostgreSQL and Lunr engines; query latencies of each.
 */
export async function runSearchBench(
  databases: BenchDatabases,
  tables: number,
): Promise<SearchFigures> {
  const { knex } = await databases.create('search', 4);
  await applyDatabaseMigrations(knex);
  const [generateS, names] = await timed(() => generateCatalog(knex, tables));
  const [rebuildS] = await timed(() => rebuildSearchDocuments(knex));
  // What autovacuum does after a bulk load: visibility map for index-only scans.
  await knex.raw('VACUUM ANALYZE search_documents');
  const [{ count }] = await knex('search_documents').count({ count: '*' });
  console.log(
    `  corpus generated in ${generateS.toFixed(
      1,
    )} s; ${count} search documents built in ${rebuildS.toFixed(1)} s`,
  );
  const queries = benchQueries(names);
  const catalog = await measureCatalog(knex, queries);
  const pg = await measurePgEngine(databases, knex, queries);
  const lunr = await measureLunr(queries, pg.sample, pg.probe);
  printLatencies('Backstage search engines', [pg.latency, lunr]);
  return {
    catalog,
    pgEngine: pg.latency,
    lunr,
    lunrDocuments: pg.sample.length,
  };
}
