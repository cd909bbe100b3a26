import { createServiceFactory } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  catalogProcessingExtensionPoint,
  EntityProvider,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { HARVESTER_TOPICS } from '@internal/plugin-harvester-common';
import {
  FakeHarvesterBackend,
  harvesterEntity,
} from './__testUtils__/FakeHarvesterBackend';
import { catalogModuleHarvester } from './module';

describe('catalogModuleHarvester', () => {
  let backend: FakeHarvesterBackend;
  beforeEach(async () => {
    backend = await FakeHarvesterBackend.start();
  });
  afterEach(() => backend.close());

  async function startModule(config: object = {}) {
    const providers: EntityProvider[] = [];
    const scheduler = mockServices.scheduler.mock();
    const events = mockServices.events();
    await startTestBackend({
      extensionPoints: [
        [
          catalogProcessingExtensionPoint,
          { addEntityProvider: (p: EntityProvider) => providers.push(p) },
        ],
      ],
      features: [
        catalogModuleHarvester,
        scheduler.factory,
        mockServices.rootConfig.factory({ data: config }),
        mockServices.discovery.mock({
          getBaseUrl: async pluginId => `${backend.origin}/api/${pluginId}`,
        }).factory,
        createServiceFactory({
          service: eventsServiceRef,
          deps: {},
          factory: () => events,
        }),
      ],
    });
    const [task] = scheduler.scheduleTask.mock.calls.map(([t]) => t);
    return { provider: providers[0], task, events };
  }

  it('reads on its schedule, every 60 s by default', async () => {
    const { provider, task } = await startModule();
    expect(provider.getProviderName()).toBe('harvester');
    expect(task).toMatchObject({
      id: 'harvester-entity-provider',
      frequency: { seconds: 60 },
      timeout: { seconds: 50 },
    });
  });

  it('takes its schedule from config and reads when VMs change', async () => {
    const { provider, task, events } = await startModule({
      catalog: {
        providers: {
          harvester: {
            schedule: { frequency: { minutes: 5 }, timeout: { minutes: 1 } },
          },
        },
      },
    });
    expect(task).toMatchObject({
      frequency: { minutes: 5 },
      timeout: { minutes: 1 },
    });

    const mutations: EntityProviderMutation[] = [];
    await provider.connect({
      applyMutation: async m => {
        mutations.push(m);
      },
      refresh: jest.fn(),
    });
    backend.answerWith({
      entities: [harvesterEntity('east')],
      unavailableClusters: [],
    });
    await events.publish({
      topic: HARVESTER_TOPICS.vmsChanged,
      eventPayload: { clusters: ['east'] },
    });
    for (let i = 0; i < 50 && mutations.length === 0; i++) {
      await new Promise(resolve => setTimeout(resolve, 20));
    }
    expect(mutations).toMatchObject([
      { type: 'full', entities: [{ entity: { metadata: { name: 'east' } } }] },
    ]);

    await task.fn(new AbortController().signal);
    expect(backend.requests).toBe(2);
  });
});
