import {
  mockServices,
  ServiceFactoryTester,
} from '@backstage/backend-test-utils';
import { EventParams } from '@backstage/plugin-events-node';
import { portalAuditorServiceFactory } from './portalAuditorServiceFactory';
import { portalAuditTopic } from './portalAuditTopic';

function setUp(config: object = {}) {
  const logger = mockServices.logger.mock();
  const events = mockServices.events.mock();
  const published: EventParams[] = [];
  const tester = ServiceFactoryTester.from(portalAuditorServiceFactory, {
    dependencies: [
      logger.factory,
      events.factory,
      mockServices.rootConfig.factory({ data: config }),
    ],
  });
  events.publish.mockImplementation(async params => {
    published.push(params);
  });
  /** The child logger the auditor writes events to. */
  const auditLogger = () => {
    const index = logger.child.mock.calls.findIndex(
      ([meta]) => meta.isAuditEvent === true,
    );
    return logger.child.mock.results[index].value;
  };
  /** Publishing does not hold up the audited request. */
  const settled = () => new Promise(resolve => setImmediate(resolve));
  return { tester, logger, events, published, auditLogger, settled };
}

describe('portalAuditorServiceFactory', () => {
  it('logs like the default auditor and publishes finished events only', async () => {
    const { tester, published, auditLogger, settled } = setUp();
    const auditor = await tester.getSubject('catalog');

    const event = await auditor.createEvent({
      eventId: 'entity-mutate',
      severityLevel: 'medium',
      meta: { entityRef: 'component:default/payments-api' },
    });
    await settled();
    expect(published).toEqual([]);
    await event.success({ meta: { actionType: 'delete' } });
    await settled();

    expect(auditLogger().info).toHaveBeenCalledWith(
      'catalog.entity-mutate',
      expect.objectContaining({ status: 'initiated', plugin: 'catalog' }),
    );
    expect(auditLogger().info).toHaveBeenCalledWith(
      'catalog.entity-mutate',
      expect.objectContaining({ status: 'succeeded' }),
    );
    expect(published).toEqual([
      {
        topic: portalAuditTopic,
        eventPayload: {
          plugin: 'catalog',
          eventId: 'entity-mutate',
          severityLevel: 'medium',
          actor: expect.objectContaining({ actorId: 'plugin:catalog' }),
          meta: {
            entityRef: 'component:default/payments-api',
            actionType: 'delete',
          },
          status: 'succeeded',
          time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        },
      },
    ]);
  });

  it('publishes from the minimum severity up (default medium)', async () => {
    const { tester, published, auditLogger, settled } = setUp();
    const auditor = await tester.getSubject('catalog');
    const read = await auditor.createEvent({
      eventId: 'entity-fetch',
      severityLevel: 'low',
    });
    await read.success();
    await settled();
    expect(published).toEqual([]);
    expect(auditLogger().debug).toHaveBeenCalled();

    const all = setUp({ authz: { audit: { auditorMinimumSeverity: 'low' } } });
    const fetch = await (
      await all.tester.getSubject('catalog')
    ).createEvent({
      eventId: 'entity-fetch',
      severityLevel: 'low',
    });
    await fetch.success();
    await all.settled();
    expect(
      all.published.map(p => (p.eventPayload as { eventId: string }).eventId),
    ).toEqual(['entity-fetch']);
  });

  it('publishes a failure with its message and logs it at the configured level', async () => {
    const { tester, published, auditLogger, settled } = setUp({
      backend: { auditor: { severityLogLevelMappings: { high: 'warn' } } },
    });
    const auditor = await tester.getSubject('scaffolder');
    const event = await auditor.createEvent({
      eventId: 'task',
      severityLevel: 'high',
    });
    const error = new Error('step failed');
    await event.fail({ error });
    await settled();

    const failedLogger = auditLogger().child.mock.results[0].value;
    expect(auditLogger().child).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'failed', eventId: 'task' }),
    );
    expect(failedLogger.warn).toHaveBeenCalledWith('scaffolder.task', error);
    expect(published).toEqual([
      expect.objectContaining({
        eventPayload: expect.objectContaining({
          status: 'failed',
          error: 'step failed',
          severityLevel: 'high',
        }),
      }),
    ]);
  });

  it('refuses an invalid log level mapping like the default auditor', async () => {
    const { tester } = setUp({
      backend: { auditor: { severityLogLevelMappings: { low: 'loud' } } },
    });
    await expect(tester.getSubject('catalog')).rejects.toThrow(
      /backend\.auditor\.severityLogLevelMappings\.low' was given an invalid value: 'loud'/,
    );
  });

  it('does not publish in a loop, for the events plugin or from inside a publish', async () => {
    const { tester, events, published, settled } = setUp();
    const auditor = await tester.getSubject('catalog');
    // A subscriber that audits what it receives, as a plugin might (only a
    // few times, so that a loop fails the test rather than running away).
    events.publish.mockImplementation(async params => {
      published.push(params);
      if (published.length > 3) return;
      const nested = await auditor.createEvent({
        eventId: 'event-received',
        severityLevel: 'medium',
      });
      await nested.success();
    });

    await (
      await auditor.createEvent({
        eventId: 'entity-mutate',
        severityLevel: 'medium',
      })
    ).success();
    await settled();
    expect(published).toHaveLength(1);

    const eventsAuditor = await tester.getSubject('events');
    await (
      await eventsAuditor.createEvent({
        eventId: 'publish',
        severityLevel: 'medium',
      })
    ).success();
    await settled();
    expect(published).toHaveLength(1);
  });

  it('logs a failed publish and never throws it at the audited plugin', async () => {
    const { tester, events, logger, settled } = setUp();
    events.publish.mockRejectedValue(new Error('Service is shutting down'));
    const auditor = await tester.getSubject('catalog');

    await expect(
      (
        await auditor.createEvent({
          eventId: 'entity-mutate',
          severityLevel: 'medium',
        })
      ).success(),
    ).resolves.toBeUndefined();
    await settled();
    expect(logger.warn).toHaveBeenCalledWith(
      'Could not publish auditor event catalog.entity-mutate on platform-portal.audit',
      new Error('Service is shutting down'),
    );
  });
});
