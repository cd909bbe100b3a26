import { mockServices } from '@backstage/backend-test-utils';
import { AI_OPS_TOPICS } from '@internal/plugin-ai-ops-common';
import { describeOnBothDatabases } from '@internal/testing';
import { schedulesTestApp } from './__testUtils__/schedulesTestApp';
import { ScheduleStore } from './ScheduleStore';
import { startSchedules } from './startSchedules';
import { TriggerStore } from './TriggerStore';

describeOnBothDatabases('startSchedules', databases => {
  it.each(databases.eachSupportedId())(
    'ticks once across replicas at the configured cadence and listens to events, on %p',
    async databaseId => {
      const { context, launcher, workspace, pipeline, knex } =
        await schedulesTestApp(databases, databaseId);
      context.config = mockServices.rootConfig({
        data: { aiOps: { scheduler: { tickSeconds: 5 } } },
      });
      const scheduler = mockServices.scheduler.mock();
      context.scheduler = scheduler;
      const schedule = await new ScheduleStore(knex).create(
        workspace,
        pipeline.id,
        {
          name: 'due',
          cron: '* * * * *',
          timezone: 'UTC',
          enabled: true,
          catchUp: 'latest',
          maxConcurrency: 1,
          params: {},
          nextFireAt: new Date(Date.now() - 1000),
        },
        'user:default/alice',
      );
      await new TriggerStore(knex).create(
        workspace,
        pipeline.id,
        { eventType: 'dataset-version', filter: {}, params: {}, enabled: true },
        'user:default/alice',
      );

      await startSchedules(context, launcher);

      expect(scheduler.scheduleTask).toHaveBeenCalledWith(
        expect.objectContaining({
          id: 'ai-ops-schedules-tick',
          frequency: { seconds: 5 },
          scope: 'global',
        }),
      );
      const task = (scheduler.scheduleTask as jest.Mock).mock.calls[0][0];
      await task.fn(new AbortController().signal as never);
      expect(launcher.starts.map(s => s.trigger.scheduleId)).toEqual([
        schedule.id,
      ]);

      await context.events.publish({
        topic: AI_OPS_TOPICS.datasetVersionCreated,
        eventPayload: { workspace: 'ml', datasetId: 'd', version: 1 },
      });
      expect(launcher.starts.map(s => s.trigger.type)).toEqual([
        'schedule',
        'event',
      ]);
    },
  );
});
