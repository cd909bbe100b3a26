import { LoggerService } from '@backstage/backend-plugin-api';
import { EventsService } from '@backstage/plugin-events-node';
import { createSourceRequestSchema } from '@internal/plugin-data-catalog-common';
import { builtInConnectors } from '../../plugins/data-catalog-backend/src/connectors/builtInConnectors';
import { ConnectorRegistry } from '../../plugins/data-catalog-backend/src/connectors/ConnectorRegistry';
import { applyDatabaseMigrations } from '../../plugins/data-catalog-backend/src/database/migrations';
import { SourcesStore } from '../../plugins/data-catalog-backend/src/ingestion/SourcesStore';
import { SyncRunner } from '../../plugins/data-catalog-backend/src/ingestion/SyncRunner';
import { SqlLineageStore } from '../../plugins/data-catalog-backend/src/lineage/SqlLineageStore';
import { BenchDatabases, pgConnection } from './benchDatabases';
import { generateSourceDatabase } from './sourceDatabase';
import { timed } from './stats';

export const quietLogger: LoggerService = {
  error: console.error,
  warn: console.warn,
  info: () => {},
  debug: () => {},
  child: () => quietLogger,
};

const noEvents: EventsService = {
  publish: async () => {},
  subscribe: async () => {},
};

export type IngestFigures = {
  generateS: number;
  ingestS: number;
  resyncS: number;
  tables: number;
  columns: number;
};

/**
 * (a) A PostgreSQL source of `tables` tables (20 columns each) registered
 * in a catalog database on PostgreSQL: the first sync through the real
 * SyncRunner and PostgreSQL connector, then an unchanged re-sync.
 */
export async function runIngestBench(
  databases: BenchDatabases,
  tables: number,
): Promise<IngestFigures> {
  const source = await databases.create('source', 2);
  const [generateS] = await timed(() =>
    generateSourceDatabase(source.knex, tables),
  );
  const catalog = await databases.create('ingest');
  await applyDatabaseMigrations(catalog.knex);
  const connection = pgConnection(source.name);
  await new SourcesStore(catalog.knex).create(
    createSourceRequestSchema.parse({
      id: 'bench',
      title: 'Benchmark source',
      platform: 'postgresql',
      owner: 'group:default/bench',
      enabled: true,
      collectQueries: true,
      connection: {
        host: connection.host,
        port: connection.port,
        user: connection.user,
        passwordRef: 'env:PGPASSWORD',
        databases: [source.name],
        excludeSchemas: [],
        ssl: false,
      },
    }),
    'user:default/bench',
  );
  const connectors = new ConnectorRegistry();
  connectors.add(...builtInConnectors());
  const runner = new SyncRunner({
    knex: catalog.knex,
    logger: quietLogger,
    connectors,
    lineage: new SqlLineageStore(catalog.knex),
    events: noEvents,
    batchSize: 500,
    staleRunTimeoutMs: 30 * 60_000,
  });
  const sync = async () => {
    const run = await runner.sync('bench', { trigger: 'manual' });
    if (run.status !== 'succeeded') {
      throw new Error(`Sync ${run.status}: ${run.error}`);
    }
    return run;
  };
  const [ingestS, first] = await timed(sync);
  const [resyncS, second] = await timed(sync);
  console.log(`  first sync: ${JSON.stringify(first.stats)}`);
  console.log(`  re-sync:    ${JSON.stringify(second.stats)}`);
  const [{ count: columns }] = await catalog
    .knex('columns')
    .count({ count: '*' });
  return { generateS, ingestS, resyncS, tables, columns: Number(columns) };
}
