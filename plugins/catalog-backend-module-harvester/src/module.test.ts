import {
  connectRecording,
  startEntityProviderModule,
} from '@internal/catalog-provider-node/testing';
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

  const startModule = () =>
    startEntityProviderModule(catalogModuleHarvester, {
      origin: backend.origin,
    });

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
    const { mutations, until } = await connectRecording(provider);
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
