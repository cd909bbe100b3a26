import { mockServices } from '@backstage/backend-test-utils';
import { CatchUpPolicy } from '@internal/plugin-ai-ops-common';
import { describeOnBothDatabases } from '@internal/testing';
import { schedulesTestApp } from './__testUtils__/schedulesTestApp';
import { ScheduleStore } from './ScheduleStore';
import { ScheduleTicker } from './ScheduleTicker';

const at = (iso: string) => new Date(iso);
const CONFIG = { tickSeconds: 15, graceSeconds: 60, catchUpLimit: 3 };

describeOnBothDatabases('ScheduleTicker', databases => {
  async function setUp(databaseId: Parameters<typeof databases.init>[0]) {
    const test = await schedulesTestApp(databases, databaseId);
    const store = new ScheduleStore(test.knex);
    const ticker = () =>
      new ScheduleTicker({
        knex: test.knex,
        launcher: test.launcher,
        logger: mockServices.logger.mock(),
        config: CONFIG,
      });
    const schedule = (
      fields: Partial<{
        cron: string;
        timezone: string;
        catchUp: CatchUpPolicy;
        maxConcurrency: number;
        enabled: boolean;
        nextFireAt: Date | null;
      }>,
    ) =>
      store.create(
        test.workspace,
        test.pipeline.id,
        {
          name: 'hourly',
          cron: '0 * * * *',
          timezone: 'UTC',
          enabled: true,
          catchUp: 'none',
          maxConcurrency: 5,
          params: { epochs: 3 },
          nextFireAt: at('2026-01-01T00:00:00Z'),
          ...fields,
        },
        'user:default/alice',
      );
    const fires = async (id: string) =>
      (await store.fires(id)).items
        .reverse()
        .map(f => [f.fireTime, f.status, f.reason]);
    return { ...test, store, ticker, schedule, fires };
  }

  it.each(databases.eachSupportedId())(
    'fires on time with the schedule trigger and moves on, once, on %p',
    async databaseId => {
      const { ticker, schedule, launcher, store, fires, workspace } =
        await setUp(databaseId);
      const created = await schedule({});
      const early = ticker();
      await early.tick(at('2025-12-31T23:59:59Z'));
      expect(launcher.starts).toEqual([]);

      await early.tick(at('2026-01-01T00:00:05Z'));
      await early.tick(at('2026-01-01T00:00:20Z'));
      expect(launcher.starts).toEqual([
        {
          workspace: 'ml',
          pipelineId: created.pipelineId,
          params: { epochs: 3 },
          trigger: {
            type: 'schedule',
            initiator: `schedule:${created.id}`,
            scheduleId: created.id,
          },
          runId: launcher.starts[0].runId,
        },
      ]);
      const [after] = await store.list(workspace);
      expect(after.nextFireAt).toBe('2026-01-01T01:00:00.000Z');
      expect(after.lastFiredAt).toBeDefined();
      const [fire] = (await store.fires(created.id)).items;
      expect(fire).toMatchObject({
        fireTime: '2026-01-01T00:00:00.000Z',
        status: 'started',
        runId: launcher.starts[0].runId,
      });
      expect(await fires(created.id)).toHaveLength(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'applies the catch-up policies after an outage, on %p',
    async databaseId => {
      const { ticker, schedule, launcher, fires, store, workspace } =
        await setUp(databaseId);
      const none = await schedule({ catchUp: 'none' });
      const latest = await schedule({ catchUp: 'latest' });
      const all = await schedule({ catchUp: 'all' });
      // Down from before 00:00 until 05:30: 00:00 … 05:00 were missed.
      await ticker().tick(at('2026-01-01T05:30:00Z'));

      expect(await fires(none.id)).toEqual([
        [
          '2026-01-01T05:00:00.000Z',
          'skipped',
          'missed: at least 2 fire times passed while no scheduler ran (catch-up none)',
        ],
      ]);
      expect(await fires(latest.id)).toEqual([
        [
          '2026-01-01T05:00:00.000Z',
          'started',
          'once for at least 2 due fire times (catch-up latest)',
        ],
      ]);
      expect(await fires(all.id)).toEqual([
        [
          '2026-01-01T03:00:00.000Z',
          'started',
          expect.stringMatching(
            /older fire times dropped \(catch-up limit 3\)/,
          ),
        ],
        ['2026-01-01T04:00:00.000Z', 'started', undefined],
        ['2026-01-01T05:00:00.000Z', 'started', undefined],
      ]);
      const started = launcher.starts.map(s => s.trigger.scheduleId);
      expect(started.filter(id => id === none.id)).toHaveLength(0);
      expect(started.filter(id => id === latest.id)).toHaveLength(1);
      expect(started.filter(id => id === all.id)).toHaveLength(3);
      for (const s of await store.list(workspace)) {
        expect(s.nextFireAt).toBe('2026-01-01T06:00:00.000Z');
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'skips fires beyond max concurrency and records why, on %p',
    async databaseId => {
      const { ticker, schedule, launcher, fires } = await setUp(databaseId);
      const one = await schedule({ maxConcurrency: 1 });
      await ticker().tick(at('2026-01-01T00:00:10Z'));
      await ticker().tick(at('2026-01-01T01:00:10Z'));
      expect(launcher.starts).toHaveLength(1);
      launcher.finish(launcher.starts[0].runId);
      await ticker().tick(at('2026-01-01T02:00:10Z'));
      expect(await fires(one.id)).toEqual([
        ['2026-01-01T00:00:00.000Z', 'started', undefined],
        [
          '2026-01-01T01:00:00.000Z',
          'skipped',
          'max concurrency 1 reached (1 runs active)',
        ],
        ['2026-01-01T02:00:00.000Z', 'started', undefined],
      ]);

      const two = await schedule({ catchUp: 'all', maxConcurrency: 2 });
      await ticker().tick(at('2026-01-01T02:30:00Z'));
      expect((await fires(two.id)).map(([, status]) => status)).toEqual([
        'started',
        'started',
        'skipped',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'fires each time once when ticks race on two replicas, on %p',
    async databaseId => {
      const { ticker, schedule, launcher, fires } = await setUp(databaseId);
      const schedules = await Promise.all(
        [1, 2, 3].map(() => schedule({ catchUp: 'all' })),
      );
      const replicas = [ticker(), ticker()];
      for (const now of ['2026-01-01T00:00:01Z', '2026-01-01T02:00:01Z']) {
        await Promise.all(replicas.map(r => r.tick(at(now))));
        await Promise.all(replicas.map(r => r.tick(at(now))));
      }
      // 00:00, then 01:00 and 02:00 caught up: three fires per schedule.
      expect(launcher.starts).toHaveLength(9);
      for (const s of schedules) {
        expect((await fires(s.id)).map(([time]) => time)).toEqual([
          '2026-01-01T00:00:00.000Z',
          '2026-01-01T01:00:00.000Z',
          '2026-01-01T02:00:00.000Z',
        ]);
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'records a run that did not start, and leaves disabled schedules alone, on %p',
    async databaseId => {
      const { ticker, schedule, launcher, store } = await setUp(databaseId);
      const refused = await schedule({});
      await schedule({ enabled: false, nextFireAt: null });
      launcher.refuse = "Budget of workspace 'ml' blocks new runs";
      await ticker().tick(at('2026-01-01T00:00:10Z'));
      expect((await store.fires(refused.id)).items).toEqual([
        expect.objectContaining({
          status: 'failed',
          reason: "Budget of workspace 'ml' blocks new runs",
        }),
      ]);
      expect(launcher.starts).toEqual([]);
    },
  );
});
