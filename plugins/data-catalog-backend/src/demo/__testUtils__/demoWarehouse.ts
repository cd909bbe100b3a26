import { resolvePackagePath } from '@backstage/backend-plugin-api';
import {
  createMockDirectory,
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { createTestContext } from '../../__testUtils__/testContext';
import { ensureDemoDatabase } from '../../connectors/demoDatabase';
import {
  readConfigSources,
  upsertConfigSources,
} from '../../ingestion/configSources';
import { readIngestionConfig } from '../../ingestion/ingestionConfig';
import { SourcesStore } from '../../ingestion/SourcesStore';
import { SyncRunner } from '../../ingestion/SyncRunner';
import { DEMO_SOURCE_ID } from '../applyDemoGovernance';

const directory = createMockDirectory();

/** Builds the demo warehouse file from its SQL script (once per test file). */
export async function buildDemoWarehouse(): Promise<string> {
  const file = directory.resolve('warehouse.sqlite');
  await ensureDemoDatabase(
    resolvePackagePath(
      '@internal/plugin-data-catalog-backend',
      'demo/warehouse.sql',
    ),
    file,
  );
  return file;
}

/**
 * A test context configured like the embedded default: the demo source is
 * registered from config as at start, and `sync` runs the real SyncRunner
 * over the SQLite file.
 */
export async function createDemoContext(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  file: string,
) {
  const context = await createTestContext(databases, databaseId);
  context.config = mockServices.rootConfig({
    data: { dataCatalog: { demo: { databaseFile: file } } },
  });
  await upsertConfigSources(
    new SourcesStore(context.knex),
    readConfigSources(context.config, context.connectors),
  );
  const runner = new SyncRunner({
    ...context,
    ...readIngestionConfig(context.config),
  });
  const sync = async () => {
    const run = await runner.sync(DEMO_SOURCE_ID, { trigger: 'manual' });
    expect(run).toMatchObject({ status: 'succeeded' });
  };
  /** The entity ref of a demo table by its name. */
  const tableRef = async (name: string): Promise<string> => {
    const row = await context
      .knex('assets')
      .where({ source_id: DEMO_SOURCE_ID, name })
      .first('entity_ref');
    return row.entity_ref;
  };
  return { context, sync, tableRef };
}
