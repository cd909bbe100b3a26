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

  async function startModule() {
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

  it('applies the VMs an event names as a delta, reads everything for an event without them', async () => {
    const { provider, task, events } = await startModule();
    const mutations: EntityProviderMutation[] = [];
    await provider.connect({
      applyMutation: async m => {
        mutations.push(m);
      },
      refresh: jest.fn(),
    });
    const until = async (count: number) => {
      for (let i = 0; i < 50 && mutations.length < count; i++) {
        await new Promise(resolve => setTimeout(resolve, 20));
      }
    };
    backend.answerWith({
      entities: [
        harvesterEntity('east'),
        harvesterEntity('east', { namespace: 'web', name: 'a' }),
      ],
      unavailableClusters: [],
    });

    await events.publish({
      topic: HARVESTER_TOPICS.vmsChanged,
      eventPayload: { clusters: ['east'], vms: ['east/web/a', 'east/web/x'] },
    });
    await until(1);
    expect(mutations).toEqual([
      {
        type: 'delta',
        added: [
          expect.objectContaining({
            entity: expect.objectContaining({
              metadata: expect.objectContaining({ name: 'east-web-a' }),
            }),
          }),
        ],
        removed: [{ entityRef: 'resource:default/east-web-x' }],
      },
    ]);

    await events.publish({
      topic: HARVESTER_TOPICS.vmsChanged,
      eventPayload: { clusters: ['east'] },
    });
    await until(2);
    expect(mutations[1]).toMatchObject({
      type: 'full',
      entities: [
        { entity: { metadata: { name: 'east' } } },
        { entity: { metadata: { name: 'east-web-a' } } },
      ],
    });

    await task.fn(new AbortController().signal);
    expect(mutations.map(m => m.type)).toEqual(['delta', 'full', 'full']);
    expect(backend.vmRequests).toEqual([['east/web/a', 'east/web/x']]);
  });
});
