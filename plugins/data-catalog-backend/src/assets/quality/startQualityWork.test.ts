import { mockServices } from '@backstage/backend-test-utils';
import { DataCatalogContext } from '../../service/DataCatalogContext';
import { startQualityWork } from './startQualityWork';

function contextWith(data: object) {
  const scheduler = mockServices.scheduler.mock();
  const context = {
    scheduler,
    config: mockServices.rootConfig({ data }),
  } as unknown as DataCatalogContext;
  return { context, scheduler };
}

describe('startQualityWork', () => {
  it('runs hourly after 30 seconds by default', async () => {
    const { context, scheduler } = contextWith({});
    await startQualityWork(context);
    expect(scheduler.scheduleTask).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'data-catalog-quality',
        frequency: { hours: 1 },
        initialDelay: { seconds: 30 },
        timeout: { minutes: 30 },
        fn: expect.any(Function),
      }),
    );
  });

  it('takes dataCatalog.profiling.schedule from config', async () => {
    const { context, scheduler } = contextWith({
      dataCatalog: {
        profiling: {
          schedule: { frequency: { cron: '0 3 * * *' }, timeout: 'PT2H' },
        },
      },
    });
    await startQualityWork(context);
    const task = scheduler.scheduleTask.mock.calls[0][0];
    expect(task.frequency).toEqual({ cron: '0 3 * * *' });
    expect(task.timeout).toEqual({ hours: 2 });
    expect(task.initialDelay).toBeUndefined();
  });
});
