import { mockServices } from '@backstage/backend-test-utils';
import {
  EntityProviderConnection,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';
import {
  FakeHarvesterBackend,
  harvesterEntity,
} from './__testUtils__/FakeHarvesterBackend';
import { HarvesterEntitiesClient } from './HarvesterEntitiesClient';
import { HarvesterEntityProvider } from './HarvesterEntityProvider';

describe('HarvesterEntityProvider', () => {
  let backend: FakeHarvesterBackend;
  beforeEach(async () => {
    backend = await FakeHarvesterBackend.start();
  });
  afterEach(() => backend.close());

  function connectedProvider(callerPluginId = 'catalog') {
    const client = new HarvesterEntitiesClient({
      discovery: mockServices.discovery.mock({
        getBaseUrl: async pluginId => `${backend.origin}/api/${pluginId}`,
      }),
      auth: mockServices.auth({ pluginId: callerPluginId }),
    });
    const provider = new HarvesterEntityProvider({
      client,
      logger: mockServices.logger.mock(),
    });
    const mutations: EntityProviderMutation[] = [];
    const connect = () =>
      provider.connect({
        applyMutation: async mutation => {
          mutations.push(mutation);
        },
        refresh: jest.fn(),
      } as EntityProviderConnection);
    const applied = () => {
      const last = mutations[mutations.length - 1];
      return last?.type === 'full'
        ? last.entities.map(e => [e.entity.metadata.name, e.locationKey])
        : undefined;
    };
    return { provider, connect, mutations, applied };
  }

  it('replaces its entities with each read, as the catalog service principal', async () => {
    const { provider, connect, applied, mutations } = connectedProvider();
    await provider.refresh(); // not connected yet: nothing read
    expect(backend.requests).toBe(0);
    await connect();

    backend.answerWith({
      entities: [
        harvesterEntity('east'),
        harvesterEntity('east', { namespace: 'web', name: 'a' }),
        harvesterEntity('east', { namespace: 'web', name: 'b' }),
      ],
      unavailableClusters: [],
    });
    await provider.refresh();
    expect(applied()).toEqual([
      ['east', 'harvester:east'],
      ['east-web-a', 'harvester:east'],
      ['east-web-b', 'harvester:east'],
    ]);

    backend.answerWith({
      entities: [
        harvesterEntity('east'),
        harvesterEntity('east', { namespace: 'web', name: 'b' }),
      ],
      unavailableClusters: [],
    });
    await provider.refresh();
    expect(applied()).toEqual([
      ['east', 'harvester:east'],
      ['east-web-b', 'harvester:east'],
    ]);
    expect(mutations).toHaveLength(2);
  });

  it('keeps everything when a read fails, and the VMs of clusters it cannot read', async () => {
    const { provider, connect, applied, mutations } = connectedProvider();
    await connect();
    backend.answerWith({
      entities: [
        harvesterEntity('east'),
        harvesterEntity('east', { namespace: 'web', name: 'a' }),
        harvesterEntity('west'),
        harvesterEntity('west', { namespace: 'db', name: 'pg' }),
      ],
      unavailableClusters: [],
    });
    await provider.refresh();

    backend.failWith(503, 'starting');
    await expect(provider.refresh()).rejects.toThrow(/503/);
    expect(mutations).toHaveLength(1);

    backend.answerWith({
      entities: [harvesterEntity('east'), harvesterEntity('west')],
      unavailableClusters: ['west'],
    });
    await provider.refresh();
    expect(applied()).toEqual([
      ['east', 'harvester:east'],
      ['west', 'harvester:west'],
      ['west-db-pg', 'harvester:west'],
    ]);
  });

  it('is refused without the catalog’s own service token', async () => {
    const { provider, connect, mutations } = connectedProvider('scaffolder');
    await connect();
    await expect(provider.refresh()).rejects.toThrow(/401/);
    expect(mutations).toEqual([]);
  });

  it('folds refreshes asked for during a read into one more read', async () => {
    const { provider, connect, mutations } = connectedProvider();
    await connect();
    backend.delayMs = 200;
    const first = provider.refresh();
    await new Promise(resolve => setTimeout(resolve, 50));
    await Promise.all([first, provider.refresh(), provider.refresh()]);
    expect(backend.requests).toBe(2);
    expect(mutations).toHaveLength(2);
  });
});
