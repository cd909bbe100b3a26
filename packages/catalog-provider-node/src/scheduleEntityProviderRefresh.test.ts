import { mockServices } from '@backstage/backend-test-utils';
import { EventParams } from '@backstage/plugin-events-node';
import { scheduleEntityProviderRefresh } from './scheduleEntityProviderRefresh';

const configKey = 'catalog.providers.example.schedule';
const topic = 'platform-portal.example.changed';

async function scheduled(
  options: {
    config?: object;
    refresh?: () => Promise<void>;
    onEvent?: (event: EventParams) => Promise<void>;
  } = {},
) {
  const scheduler = mockServices.scheduler.mock();
  const events = mockServices.events();
  const logger = mockServices.logger.mock();
  const refresh = jest.fn(options.refresh ?? (async () => {}));
  await scheduleEntityProviderRefresh({
    config: mockServices.rootConfig({ data: options.config ?? {} }),
    configKey,
    defaultSchedule: { frequency: { seconds: 30 }, timeout: { minutes: 10 } },
    scheduler,
    events,
    logger,
    taskId: 'example-entity-provider',
    topics: [topic],
    refresh,
    onEvent: options.onEvent,
  });
  const [task] = scheduler.scheduleTask.mock.calls.map(([t]) => t);
  return { task, events, logger, refresh };
}

describe('scheduleEntityProviderRefresh', () => {
  it('refreshes on the default schedule when config sets none', async () => {
    const { task, refresh } = await scheduled();
    expect(task).toMatchObject({
      id: 'example-entity-provider',
      frequency: { seconds: 30 },
      timeout: { minutes: 10 },
    });
    expect(refresh).not.toHaveBeenCalled();
    await task.fn(new AbortController().signal);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('takes the schedule from config', async () => {
    const { task } = await scheduled({
      config: {
        catalog: {
          providers: {
            example: {
              schedule: { frequency: { minutes: 5 }, timeout: { minutes: 1 } },
            },
          },
        },
      },
    });
    expect(task).toMatchObject({
      frequency: { minutes: 5 },
      timeout: { minutes: 1 },
    });
  });

  it('refreshes when a topic is published, and logs a failure instead of throwing', async () => {
    const { events, logger, refresh } = await scheduled({
      refresh: async () => {
        throw new Error('backend down');
      },
    });
    await events.publish({ topic: 'platform-portal.other', eventPayload: {} });
    expect(refresh).not.toHaveBeenCalled();

    await events.publish({ topic, eventPayload: {} });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      `example-entity-provider: handling ${topic} failed: Error: backend down`,
    );
  });

  it('hands events to onEvent instead of refreshing, when given', async () => {
    const received: EventParams[] = [];
    const { events, refresh } = await scheduled({
      onEvent: async event => {
        received.push(event);
      },
    });
    await events.publish({ topic, eventPayload: { changed: ['a'] } });
    expect(received).toEqual([{ topic, eventPayload: { changed: ['a'] } }]);
    expect(refresh).not.toHaveBeenCalled();
  });
});
