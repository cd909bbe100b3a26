import { mockServices } from '@backstage/backend-test-utils';
import { CatalogSync } from './CatalogSync';
import { scheduleCatalogSync } from './scheduleCatalogSync';

describe('scheduleCatalogSync', () => {
  function schedule(config: object, run = jest.fn().mockResolvedValue({})) {
    const scheduler = mockServices.scheduler.mock();
    const logger = mockServices.logger.mock();
    return scheduleCatalogSync({
      sync: { run } as unknown as CatalogSync,
      scheduler,
      config: mockServices.rootConfig({ data: config }),
      logger,
    }).then(() => ({ task: scheduler.scheduleTask.mock.calls[0][0], logger }));
  }

  it('runs every 5 minutes across replicas, first shortly after startup', async () => {
    const { task } = await schedule({});
    expect(task).toMatchObject({
      id: 'authz-catalog-sync',
      scope: 'global',
      frequency: { minutes: 5 },
      initialDelay: { seconds: 15 },
    });
  });

  it('reads the frequency and first delay from config', async () => {
    const { task } = await schedule({
      authz: { catalogSync: { frequency: { hours: 1 }, initialDelay: 'PT1M' } },
    });
    expect(task.frequency).toEqual({ hours: 1 });
    expect(task.initialDelay).toEqual({ minutes: 1 });
  });

  it('logs a failed run instead of throwing', async () => {
    const { task, logger } = await schedule(
      {},
      jest.fn().mockRejectedValue(new Error('catalog down')),
    );
    await task.fn(new AbortController().signal);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('catalog down'),
    );
  });
});
