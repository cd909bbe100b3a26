import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { EventParams } from '@backstage/plugin-events-node';
import { CreateSourceRequest } from '@internal/plugin-data-catalog-common';
import {
  SnapshotContext,
  SourceSnapshot,
} from '@internal/plugin-data-catalog-node';
import { ConnectorRegistry } from '../../connectors/ConnectorRegistry';
import { PostgresConnector } from '../../connectors/postgres/PostgresConnector';
import { applyDatabaseMigrations } from '../../database/migrations';
import { SqlLineageStore } from '../../lineage/SqlLineageStore';
import { SourcesStore } from '../SourcesStore';
import { SyncRunner } from '../SyncRunner';

/**
 * The real PostgreSQL connector with test hooks: a read can be held, made
 * to fail, or its snapshot changed — an interrupted read or a replica that
 * is still syncing, without faking what PostgreSQL returns.
 */
export class HookedConnector extends PostgresConnector {
  beforeRead?: () => Promise<void>;
  afterRead?: (snapshot: SourceSnapshot) => Promise<SourceSnapshot>;

  async readSnapshot(context: SnapshotContext) {
    await this.beforeRead?.();
    const snapshot = await super.readSnapshot(context);
    return this.afterRead ? this.afterRead(snapshot) : snapshot;
  }
}

/** A migrated catalog database with a SyncRunner over the hooked connector. */
export async function createIngestionHarness(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  options: { batchSize?: number; staleRunTimeoutMs?: number } = {},
) {
  const knex = await databases.init(databaseId);
  await applyDatabaseMigrations(knex);
  const connector = new HookedConnector();
  const connectors = new ConnectorRegistry();
  connectors.add(connector);
  const published: EventParams[] = [];
  const events = mockServices.events.mock();
  events.publish.mockImplementation(async params => {
    published.push(params);
  });
  const lineage = new SqlLineageStore(knex);
  const runner = new SyncRunner({
    knex,
    logger: mockServices.logger.mock(),
    connectors,
    lineage,
    events,
    batchSize: options.batchSize ?? 500,
    staleRunTimeoutMs: options.staleRunTimeoutMs ?? 30 * 60_000,
  });
  const store = new SourcesStore(knex);
  const addSource = (
    input: Partial<CreateSourceRequest> &
      Pick<CreateSourceRequest, 'id' | 'connection'>,
  ) =>
    store.create(
      {
        title: `Source ${input.id}`,
        platform: 'postgresql',
        owner: 'group:default/data-team',
        enabled: true,
        collectQueries: true,
        ...input,
      },
      'user:default/alice',
    );
  return {
    knex,
    connector,
    connectors,
    published,
    lineage,
    runner,
    store,
    addSource,
  };
}
