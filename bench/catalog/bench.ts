/**
 * Data-catalog benchmark: (a) ingestion of a PostgreSQL source through the
 * real SyncRunner, first and unchanged; (b) search over 100,000 tables and
 * 1,000,000 columns: the catalog's own search on PostgreSQL, Backstage's
 * PgSearchEngine and LunrSearchEngine. Prints tables and a last
 * `RESULT ...` line; drops every database it created.
 */
import { BenchDatabases } from './benchDatabases';
import { runIngestBench } from './ingestBench';
import { runSearchBench } from './searchBench';
import { machineLoad } from './stats';

async function main() {
  const ingestTables = Number(process.env.BENCH_INGEST_TABLES ?? 10_000);
  const searchTables = Number(process.env.BENCH_SEARCH_TABLES ?? 100_000);
  const databases = new BenchDatabases();
  try {
    console.log(
      `\n(a) ingestion: ${ingestTables} tables × 20 columns on PostgreSQL`,
    );
    const ingest = await runIngestBench(databases, ingestTables);
    console.log(
      `  source generated in ${ingest.generateS.toFixed(1)} s; ${
        ingest.columns
      } columns ingested`,
    );
    console.log(
      `  first sync ${ingest.ingestS.toFixed(
        1,
      )} s (goal ≤ 60), unchanged re-sync ${ingest.resyncS.toFixed(
        1,
      )} s (goal ≤ 10); ${machineLoad()}`,
    );

    console.log(
      `\n(b) search: ${searchTables} tables × 10 columns (${
        searchTables * 11
      } documents)`,
    );
    const search = await runSearchBench(databases, searchTables);
    console.log(
      `\npg_search_p95_ms is the data-catalog's own /search on PostgreSQL (goal ≤ 50); Backstage PgSearchEngine p95 ${search.pgEngine.p95.toFixed(
        1,
      )} ms over all documents; lunr_search_p95_ms on ${
        search.lunrDocuments
      } documents`,
    );
    console.log(
      `RESULT ingest_s=${ingest.ingestS.toFixed(
        1,
      )} resync_s=${ingest.resyncS.toFixed(
        1,
      )} pg_search_p95_ms=${search.catalog.p95.toFixed(
        1,
      )} lunr_search_p95_ms=${search.lunr.p95.toFixed(1)}`,
    );
  } finally {
    await databases.dropAll();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
