import {
  createServiceFactory,
  SchedulerServiceTaskInvocationDefinition,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  ServiceFactoryTester,
} from '@backstage/backend-test-utils';
import {
  DefaultEventsService,
  eventsServiceRef,
} from '@backstage/plugin-events-node';
import {
  portalAuditorServiceFactory,
  portalAuditTopic,
} from '@internal/plugin-authz-node';
import { describeOnBothDatabases } from '@internal/testing';
import { createAuditTestStore, decision } from './__testUtils__/auditFixtures';
import { startAuditBackgroundWork } from './startAuditBackgroundWork';

describeOnBothDatabases('startAuditBackgroundWork', databases => {
  async function start(
    databaseId: Parameters<typeof databases.init>[0],
    config = {},
  ) {
    const { store } = await createAuditTestStore(databases, databaseId);
    const bus = DefaultEventsService.create({
      logger: mockServices.logger.mock(),
    });
    const scheduler = mockServices.scheduler.mock();
    const logger = mockServices.logger.mock();
    await startAuditBackgroundWork({
      auditStore: store,
      scheduler,
      events: bus.forPlugin('authz'),
      config: mockServices.rootConfig({ data: config }),
      logger,
    });
    const [[task]] = scheduler.scheduleTask.mock.calls;
    return { store, bus, logger, task };
  }

  it.each(databases.eachSupportedId())(
    'seeds the retention from config and purges on the global schedule, on %p',
    async databaseId => {
      const { store, task } = await start(databaseId, {
        authz: {
          audit: { retentionDays: 30, retentionFrequency: { minutes: 10 } },
        },
      });
      expect(task).toMatchObject({
        id: 'authz-audit-retention',
        scope: 'global',
        frequency: { minutes: 10 },
      });
      expect(await store.settings()).toEqual({ retentionDays: 30 });

      const day = 86_400_000;
      const old = decision({
        time: new Date(Date.now() - 31 * day).toISOString(),
      });
      const recent = decision({
        time: new Date(Date.now() - 29 * day).toISOString(),
      });
      await store.recordDecisions([old, recent]);
      await (task as SchedulerServiceTaskInvocationDefinition).fn(
        new AbortController().signal,
      );
      const left = await store.query({ offset: 0, limit: 10 });
      expect(left.items.map(entry => entry.id)).toEqual([recent.id]);
    },
  );

  it.each(databases.eachSupportedId())(
    'defaults to 90 days hourly and refuses a bad retention, on %p',
    async databaseId => {
      const { store, task } = await start(databaseId);
      expect(task).toMatchObject({ frequency: { hours: 1 } });
      expect(await store.settings()).toEqual({ retentionDays: 90 });
      await expect(
        start(databaseId, { authz: { audit: { retentionDays: 0 } } }),
      ).rejects.toThrow(/^authz\.audit\.retentionDays: /);
    },
  );

  it.each(databases.eachSupportedId())(
    'stores the auditor events of other plugins as changes and ignores malformed ones, on %p',
    async databaseId => {
      const { store, bus, logger } = await start(databaseId);

      await bus.forPlugin('catalog').publish({
        topic: portalAuditTopic,
        eventPayload: { plugin: 'catalog', status: 'succeeded' },
      });
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringMatching(
          /^Ignored a malformed platform-portal.audit event/,
        ),
      );
      expect((await store.query({ offset: 0, limit: 10 })).totalCount).toBe(0);

      // The real path: a plugin's auditor, through the portal factory.
      const auditor = await ServiceFactoryTester.from(
        portalAuditorServiceFactory,
        {
          dependencies: [
            createServiceFactory({
              service: eventsServiceRef,
              deps: {},
              factory: () => bus.forPlugin('catalog'),
            }),
          ],
        },
      ).getSubject('catalog');
      const stored = new Promise(resolve => store.subscribe(resolve));
      const event = await auditor.createEvent({
        eventId: 'entity-mutate',
        severityLevel: 'medium',
        meta: { actionType: 'delete', entityRef: 'component:default/old-api' },
      });
      await event.success();

      expect(await stored).toMatchObject({
        kind: 'change',
        actor: 'plugin:catalog',
        action: 'catalog.entity-mutate',
        targetKind: 'component',
        targetRef: 'component:default/old-api',
        result: 'succeeded',
        after: { actionType: 'delete', entityRef: 'component:default/old-api' },
        pluginId: 'catalog',
      });
      expect((await store.query({ offset: 0, limit: 10 })).totalCount).toBe(1);
    },
  );
});
