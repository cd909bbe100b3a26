import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import { describeOnBothDatabases } from '@internal/testing';
import { createTestContext } from '../__testUtils__/testContext';
import { createIngestionHarness } from './__testUtils__/ingestionHarness';
import {
  sourceConnection,
  throwawayDatabaseForFile,
} from '../__testUtils__/throwawayPostgres';
import { nextSyncTime } from './cronSchedule';
import { SourcesStore } from './SourcesStore';
import { dispatchDueSyncs, startIngestion } from './startIngestion';
import { SyncRunsStore } from './SyncRunsStore';

const configSource = (overrides: object = {}) => ({
  id: 'from-config',
  title: 'From config',
  platform: 'postgresql',
  owner: 'group:default/data',
  schedule: '*/10 * * * *',
  connection: {
    host: 'db',
    port: 5432,
    user: 'reader',
    passwordRef: 'env:DB_PASSWORD',
  },
  ...overrides,
});

const source = throwawayDatabaseForFile('CREATE TABLE t (id int)');

describeOnBothDatabases('startIngestion', databases => {
  async function start(
    databaseId: TestDatabaseId,
    sources: object[],
    reuse?: Awaited<ReturnType<typeof createTestContext>>,
  ) {
    const context = reuse ?? (await createTestContext(databases, databaseId));
    context.config = mockServices.rootConfig({
      data: { dataCatalog: { sources } },
    });
    await startIngestion(context);
    return context;
  }

  it.each(databases.eachSupportedId())(
    'upserts sources from config, releases dropped ones and schedules its tasks, %p',
    async databaseId => {
      const context = await start(databaseId, [
        configSource(),
        configSource({ id: 'second' }),
      ]);
      const store = new SourcesStore(context.knex);
      expect(await store.get('from-config')).toMatchObject({
        configManaged: true,
        createdBy: 'config',
        schedule: '*/10 * * * *',
      });
      // Read at the first dispatch; the cron takes over after that.
      const next = (await store.row('from-config')).next_sync_at;
      expect(new Date(next!).getTime()).toBeLessThanOrEqual(Date.now());
      expect(
        (context.scheduler.scheduleTask as jest.Mock).mock.calls.map(
          ([task]) => [task.id, task.scope],
        ),
      ).toEqual([
        ['data-catalog-sync-dispatcher', 'global'],
        ['data-catalog-entity-feed-compaction', 'global'],
      ]);

      await start(
        databaseId,
        [configSource({ title: 'Renamed in config', schedule: undefined })],
        context,
      );
      expect(await store.get('from-config')).toMatchObject({
        title: 'Renamed in config',
        configManaged: true,
      });
      expect((await store.get('from-config')).schedule).toBeUndefined();
      expect((await store.row('from-config')).next_sync_at).toBeNull();
      expect(await store.get('second')).toMatchObject({ configManaged: false });
    },
  );

  it.each(databases.eachSupportedId())(
    'registers the demo warehouse as a config-managed SQLite source, %p',
    async databaseId => {
      const context = await createTestContext(databases, databaseId);
      context.config = mockServices.rootConfig({
        data: {
          dataCatalog: {
            sources: [configSource()],
            demo: { databaseFile: '/data/demo/warehouse.sqlite' },
          },
        },
      });
      await startIngestion(context);
      const store = new SourcesStore(context.knex);
      expect(await store.get('demo-warehouse')).toMatchObject({
        platform: 'sqlite',
        configManaged: true,
        owner: 'group:default/data-engineering',
        connection: { host: '/data/demo/warehouse.sqlite' },
      });
      expect(await store.get('from-config')).toMatchObject({
        configManaged: true,
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses to start with an invalid config source, %p',
    async databaseId => {
      await expect(
        start(databaseId, [
          configSource({
            connection: {
              host: 'db',
              port: 5432,
              user: 'u',
              password: 'plain',
            },
          }),
        ]),
      ).rejects.toThrow(
        'dataCatalog.sources[0]: Invalid request: connection.password',
      );
      await expect(
        start(databaseId, [configSource({ schedule: '0 0 31 2 *' })]),
      ).rejects.toThrow(
        'dataCatalog.sources[0]: Invalid request: schedule: the schedule never fires',
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'dispatches the syncs that are due and moves their next time on, %p',
    async databaseId => {
      const h = await createIngestionHarness(databases, databaseId);
      const context = { knex: h.knex, logger: mockServices.logger.mock() };
      await h.addSource({
        id: 'due',
        schedule: '0 * * * *',
        connection: sourceConnection(source.name),
      });
      await h.addSource({
        id: 'manual-only',
        connection: sourceConnection(source.name),
      });
      // New sources are read at the next dispatch; after that, by cron only.
      expect((await h.store.due(new Date())).map(s => s.id).sort()).toEqual([
        'due',
        'manual-only',
      ]);
      await h.store.setNextSync('due', nextSyncTime('0 * * * *', new Date()));
      await h.store.setNextSync('manual-only', undefined);
      const dueAt = new Date((await h.store.row('due')).next_sync_at!);

      expect(
        await dispatchDueSyncs(
          context,
          h.runner,
          new Date(dueAt.getTime() - 1),
        ),
      ).toEqual([]);
      expect(await dispatchDueSyncs(context, h.runner, dueAt)).toEqual(['due']);
      expect(new Date((await h.store.row('due')).next_sync_at!).getTime()).toBe(
        dueAt.getTime() + 3600_000,
      );
      // Not due again within the hour, however often the dispatcher runs.
      expect(await dispatchDueSyncs(context, h.runner, dueAt)).toEqual([]);

      const runs = new SyncRunsStore(h.knex);
      for (let i = 0; i < 100 && (await runs.isRunning('due')); i++) {
        await new Promise(resolve => setTimeout(resolve, 50));
      }
      expect(
        (await runs.list('due', { limit: 10, offset: 0 })).items,
      ).toMatchObject([{ trigger: 'schedule', status: 'succeeded' }]);
      expect(
        (await runs.list('manual-only', { limit: 10, offset: 0 })).totalCount,
      ).toBe(0);
    },
  );
});
