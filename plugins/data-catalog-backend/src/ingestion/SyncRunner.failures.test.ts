import { ConflictError } from '@backstage/errors';
import { describeOnBothDatabases } from '@internal/testing';
import { createIngestionHarness } from './__testUtils__/ingestionHarness';
import { sourceConnection } from '../__testUtils__/throwawayPostgres';
import {
  storedState,
  warehouseSourcesForFile,
  whRef,
} from './__testUtils__/syncFixtures';

const sources = warehouseSourcesForFile();

describeOnBothDatabases('SyncRunner when things go wrong', databases => {
  it.each(databases.eachSupportedId())(
    'deletes nothing when the read fails or is interrupted, %p',
    async databaseId => {
      const { h, db } = await sources.registered(databases, databaseId);
      await h.runner.sync('wh', { trigger: 'manual' });
      await db.run('DROP TABLE sales.scratch');
      const before = await storedState(h.knex);

      h.connector.afterRead = async () => {
        throw new Error('connection reset by peer');
      };
      const failed = await h.runner.sync('wh', { trigger: 'manual' });
      expect(failed).toMatchObject({
        status: 'failed',
        error: 'tables: connection reset by peer',
      });
      expect(failed.steps.map(s => [s.step, s.status])).toEqual([
        ['tables', 'failed'],
        ['write', 'skipped'],
        ['queries', 'skipped'],
      ]);

      h.connector.afterRead = async () => {
        throw Object.assign(new Error('The operation was aborted'), {
          name: 'AbortError',
        });
      };
      const interrupted = await h.runner.sync('wh', { trigger: 'manual' });
      expect(interrupted.status).toBe('interrupted');
      expect(await storedState(h.knex)).toEqual(before);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps the assets of a database it could not read, %p',
    async databaseId => {
      const h = await createIngestionHarness(databases, databaseId);
      const [a, b] = [await sources.create(), await sources.create()];
      await h.addSource({
        id: 'wh',
        connection: sourceConnection(a.name, b.name),
      });
      await h.runner.sync('wh', { trigger: 'manual' });
      const ofB = await h
        .knex('assets')
        .where('database_name', b.name)
        .orderBy('entity_ref');
      expect(ofB).toHaveLength(8);

      await b.drop();
      await a.run('DROP TABLE sales.scratch');
      const run = await h.runner.sync('wh', { trigger: 'manual' });

      expect(run.status).toBe('succeeded');
      expect(run.stats).toMatchObject({ removed: 1, unchanged: 7 });
      expect(run.steps[0].detail).toContain(`not read: ${b.name}`);
      expect(
        await h
          .knex('assets')
          .where('database_name', b.name)
          .orderBy('entity_ref'),
      ).toEqual(ofB);
      expect(
        await h
          .knex('assets')
          .where({ entity_ref: whRef(a.name, 'sales', 'scratch') }),
      ).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses a second sync of a source while one runs, but not after a dead one, %p',
    async databaseId => {
      const { h } = await sources.registered(databases, databaseId);
      let release!: () => void;
      const gate = new Promise<void>(resolve => {
        release = resolve;
      });
      h.connector.beforeRead = () => gate;

      const first = await h.runner.start('wh', { trigger: 'manual' });
      expect(first.run.status).toBe('running');
      await expect(
        h.runner.start('wh', { trigger: 'schedule' }),
      ).rejects.toThrow(ConflictError);
      release();
      expect((await first.done).status).toBe('succeeded');
      h.connector.beforeRead = undefined;

      // A run whose backend died an hour ago no longer holds the source.
      const hourAgo = new Date(Date.now() - 3600_000);
      await h.knex('sync_runs').insert({
        id: '00000000-0000-4000-8000-000000000001',
        source_id: 'wh',
        trigger: 'schedule',
        status: 'running',
        started_at: hourAgo,
        heartbeat_at: hourAgo,
        steps: '[]',
      });
      expect((await h.runner.sync('wh', { trigger: 'manual' })).status).toBe(
        'succeeded',
      );
      expect(
        await h
          .knex('sync_runs')
          .where({ id: '00000000-0000-4000-8000-000000000001' })
          .select('status', 'error'),
      ).toEqual([
        {
          status: 'interrupted',
          error: 'No heartbeat: the backend running this sync stopped',
        },
      ]);
    },
  );
});
