import {
  mockServices,
  ServiceFactoryTester,
} from '@backstage/backend-test-utils';
import { EventParams } from '@backstage/plugin-events-node';
import { auditChange } from './auditChange';
import { portalAuditorServiceFactory } from './portalAuditorServiceFactory';

/** The portal auditor, publishing every finished event (from `low` up). */
async function auditedPlugin() {
  const events = mockServices.events.mock();
  const published: unknown[] = [];
  events.publish.mockImplementation(async (params: EventParams) => {
    published.push(params.eventPayload);
  });
  const tester = ServiceFactoryTester.from(portalAuditorServiceFactory, {
    dependencies: [
      mockServices.logger.factory(),
      events.factory,
      mockServices.rootConfig.factory({
        data: { authz: { audit: { auditorMinimumSeverity: 'low' } } },
      }),
    ],
  });
  const auditor = await tester.getSubject('harvester');
  /** Publishing does not hold up the audited change. */
  const settled = () => new Promise(resolve => setImmediate(resolve));
  return { context: { auditor }, published, settled };
}

describe('auditChange', () => {
  it('returns what the work reports and records its meta on success', async () => {
    const { context, published, settled } = await auditedPlugin();

    const result = await auditChange(
      context,
      undefined,
      'vm-create',
      { name: 'web-1' },
      async () => ({ result: 42, meta: { uid: 'u-1' } }),
    );
    await settled();

    expect(result).toBe(42);
    expect(published).toEqual([
      expect.objectContaining({
        eventId: 'vm-create',
        severityLevel: 'medium',
        status: 'succeeded',
        meta: { name: 'web-1', uid: 'u-1' },
      }),
    ]);
  });

  it('records a failure with the given severity and throws the error on', async () => {
    const { context, published, settled } = await auditedPlugin();

    await expect(
      auditChange(
        context,
        undefined,
        'table-profile',
        { entityRef: 'table:default/orders' },
        async () => {
          throw new Error('profiling failed');
        },
        'low',
      ),
    ).rejects.toThrow('profiling failed');
    await settled();

    expect(published).toEqual([
      expect.objectContaining({
        eventId: 'table-profile',
        severityLevel: 'low',
        status: 'failed',
        error: 'profiling failed',
        meta: { entityRef: 'table:default/orders' },
      }),
    ]);
  });
});
