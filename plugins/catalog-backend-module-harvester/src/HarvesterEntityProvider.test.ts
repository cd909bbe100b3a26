import { mockServices } from '@backstage/backend-test-utils';
import {
  EntityProviderConnection,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';
import { MAX_CHANGED_VMS } from '@internal/plugin-harvester-common';
import {
  FakeHarvesterBackend,
  harvesterEntity,
} from './__testUtils__/FakeHarvesterBackend';
import { HarvesterEntitiesClient } from './HarvesterEntitiesClient';
import { HarvesterEntityProvider } from './HarvesterEntityProvider';

/** Cluster east and these VMs of its namespace web, all readable. */
const eastWithWebVms = (...names: string[]) => ({
  entities: [
    harvesterEntity('east'),
    ...names.map(name => harvesterEntity('east', { namespace: 'web', name })),
  ],
  unavailableClusters: [],
});

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
    const delta = () => {
      const last = mutations[mutations.length - 1];
      return last?.type === 'delta'
        ? {
            added: last.added.map(e => [e.entity.metadata.name, e.locationKey]),
            removed: last.removed,
          }
        : undefined;
    };
    return { provider, connect, mutations, applied, delta };
  }

  it('replaces its entities with each read, as the catalog service principal', async () => {
    const { provider, connect, applied, mutations } = connectedProvider();
    await provider.refresh(); // not connected yet: nothing read
    expect(backend.requests).toBe(0);
    await connect();

    backend.answerWith(eastWithWebVms('a', 'b'));
    await provider.refresh();
    expect(applied()).toEqual([
      ['east', 'harvester:east'],
      ['east-web-a', 'harvester:east'],
      ['east-web-b', 'harvester:east'],
    ]);

    backend.answerWith(eastWithWebVms('b'));
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

  it('reads just the VMs an event names and applies them as a delta', async () => {
    const { provider, connect, delta, mutations } = connectedProvider();
    await connect();
    backend.answerWith(eastWithWebVms('a', 'b'));
    await provider.refresh();

    // b was deleted, c created; a is untouched and not asked for.
    backend.answerWith(eastWithWebVms('a', 'c'));
    await provider.applyVmChanges(['east/web/b', 'east/web/c']);
    expect(backend.vmRequests).toEqual([['east/web/b', 'east/web/c']]);
    expect(delta()).toEqual({
      added: [['east-web-c', 'harvester:east']],
      removed: [{ entityRef: 'resource:default/east-web-b' }],
    });
    expect(mutations.map(m => m.type)).toEqual(['full', 'delta']);
  });

  it('removes only the VM it cannot find, keeps those of clusters it cannot read, and remembers deltas', async () => {
    const { provider, connect, delta, applied } = connectedProvider();
    await connect();
    backend.answerWith({
      entities: [harvesterEntity('west', { namespace: 'db', name: 'pg' })],
      unavailableClusters: [],
    });
    await provider.applyVmChanges(['west/db/pg']);
    expect(delta()).toEqual({
      added: [['west-db-pg', 'harvester:west']],
      removed: [],
    });

    backend.answerWith({
      entities: [harvesterEntity('east', { namespace: 'web', name: 'a' })],
      unavailableClusters: ['west'],
    });
    await provider.applyVmChanges([
      'east/web/a',
      'east/web/gone',
      'west/db/pg',
    ]);
    expect(delta()).toEqual({
      added: [['east-web-a', 'harvester:east']],
      removed: [{ entityRef: 'resource:default/east-web-gone' }],
    });

    // The VM a delta added is kept by a full read while its cluster is out.
    await provider.refresh();
    expect(applied()).toEqual([
      ['east-web-a', 'harvester:east'],
      ['west-db-pg', 'harvester:west'],
    ]);
  });

  it('changes nothing when reading the VMs fails', async () => {
    const { provider, connect, mutations } = connectedProvider();
    await connect();
    backend.failWith(503, 'starting');
    await expect(provider.applyVmChanges(['east/web/a'])).rejects.toThrow(
      /503/,
    );
    expect(mutations).toEqual([]);
  });

  it('folds VMs named during a read into one delta, and reads everything when too many change', async () => {
    const { provider, connect, mutations } = connectedProvider();
    await connect();
    backend.delayMs = 200;
    const first = provider.refresh();
    await new Promise(resolve => setTimeout(resolve, 50));
    await Promise.all([
      first,
      provider.applyVmChanges(['east/web/a']),
      provider.applyVmChanges(['east/web/b', 'east/web/a']),
    ]);
    expect(backend.vmRequests).toEqual([['east/web/a', 'east/web/b']]);
    expect(mutations.map(m => m.type)).toEqual(['full', 'delta']);

    backend.delayMs = 0;
    const many = Array.from(
      { length: MAX_CHANGED_VMS + 1 },
      (_, i) => `east/web/vm-${i}`,
    );
    await provider.applyVmChanges(many);
    expect(backend.vmRequests).toHaveLength(1);
    expect(mutations.map(m => m.type)).toEqual(['full', 'delta', 'full']);
  });
});
