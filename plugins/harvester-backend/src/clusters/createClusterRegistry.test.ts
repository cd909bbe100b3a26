import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { HARVESTER_ANNOTATIONS } from '@internal/plugin-harvester-common';
import { HarvesterClusterDefinition } from '@internal/plugin-harvester-node';
import { createTestCluster, TestCluster } from '../__testUtils__/testCluster';
import {
  createTestRegistry,
  localClusterConfig,
} from '../__testUtils__/testRegistry';
import { ClusterRegistry } from './ClusterRegistry';

const clusterEntity = (
  name: string,
  annotations: Record<string, string>,
  owner = 'platform',
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name, namespace: 'default', annotations },
  spec: { type: 'harvester-cluster', owner },
});

describe('createClusterRegistry', () => {
  let tc: TestCluster;
  const registries: ClusterRegistry[] = [];
  beforeAll(async () => {
    tc = await createTestCluster();
  });
  afterAll(async () => {
    registries.forEach(r => r.stop());
    await tc.cleanup();
  });

  const sourced = (
    name: string,
    extra: Partial<HarvesterClusterDefinition> = {},
  ): HarvesterClusterDefinition => ({
    name,
    url: tc.definition.url,
    caData: tc.definition.caData,
    auth: { type: 'serviceAccount', token: tc.token },
    source: 'config',
    ...extra,
  });

  async function create(options: {
    clusters?: object[];
    entities?: Entity[];
    catalog?: ReturnType<typeof catalogServiceMock>;
    sources?: { getClusters(): Promise<HarvesterClusterDefinition[]> }[];
  }) {
    const created = await createTestRegistry(
      {
        clusters: options.clusters ?? [],
        credentials: {
          local: { type: 'serviceAccount', token: tc.token },
          'oidc-users': { type: 'oidc' },
        },
        clusterRefreshSeconds: 30,
        cacheSyncTimeoutSeconds: 3,
      },
      {
        catalog:
          options.catalog ?? catalogServiceMock({ entities: options.entities }),
        sources: options.sources,
      },
    );
    registries.push(created.registry);
    return created;
  }

  const annotations = (credentials: string) => ({
    [HARVESTER_ANNOTATIONS.clusterUrl]: tc.definition.url,
    [HARVESTER_ANNOTATIONS.clusterCaData]: tc.definition.caData!,
    [HARVESTER_ANNOTATIONS.clusterCredentials]: credentials,
  });

  it('merges config, catalog and sources; config wins, then the catalog', async () => {
    const { registry, logger, scheduler } = await create({
      clusters: [
        localClusterConfig('prod', {
          owner: 'group:default/ops',
          title: 'Production',
        }),
      ],
      entities: [
        clusterEntity('edge', annotations('local')),
        clusterEntity('lab', annotations('oidc-users'), 'group:default/lab'),
        clusterEntity('prod', annotations('local')),
        clusterEntity('no-credentials', annotations('missing')),
        clusterEntity('no-url', {
          [HARVESTER_ANNOTATIONS.clusterCredentials]: 'local',
        }),
      ],
      sources: [
        { getClusters: async () => [sourced('demo'), sourced('edge')] },
      ],
    });

    expect(
      registry
        .list()
        .map(h => h.name)
        .sort(),
    ).toEqual(['demo', 'edge', 'lab', 'prod']);
    expect(registry.get('prod').definition).toMatchObject({
      source: 'config',
      title: 'Production',
      owner: 'group:default/ops',
    });
    expect(registry.get('edge').definition).toMatchObject({
      source: 'catalog',
      entityRef: 'resource:default/edge',
      owner: 'group:default/platform',
      auth: { type: 'serviceAccount', token: tc.token },
    });
    expect(registry.get('lab').definition.auth).toEqual({ type: 'oidc' });
    expect(registry.get('lab').cache).toBeUndefined();
    expect(() => registry.get('nope')).toThrow(NotFoundError);

    const warnings = logger.warn.mock.calls.map(c => String(c[0])).join('\n');
    expect(warnings).toMatch(
      /resource:default\/no-credentials: no harvester.credentials entry named 'missing'/,
    );
    expect(warnings).toMatch(
      /resource:default\/no-url: no platform-portal.dev\/harvester-url/,
    );
    expect(warnings).toMatch(
      /'prod' from the catalog is ignored: config defines it/,
    );
    expect(warnings).toMatch(
      /'edge' from cluster source #1 is ignored: the catalog defines it/,
    );

    expect(scheduler.scheduleTask).toHaveBeenCalledWith(
      expect.objectContaining({ scope: 'local', frequency: { seconds: 30 } }),
    );

    // Its caches start at once and serve reads.
    await registry.get('demo').cache!.waitForSync();
    expect(registry.get('demo').summary().connection).toBe('connected');
  });

  it('keeps unchanged clusters, rebuilds changed ones and stops removed ones', async () => {
    let clusters = [sourced('same'), sourced('changes'), sourced('goes')];
    const { registry } = await create({
      sources: [{ getClusters: async () => clusters }],
    });
    const same = registry.get('same');
    const changes = registry.get('changes');
    const goes = registry.get('goes');
    const stopped = jest.spyOn(goes.cache!, 'stop');
    const replaced = jest.spyOn(changes.cache!, 'stop');

    clusters = [sourced('same'), sourced('changes', { title: 'Changed' })];
    await registry.refresh();

    expect(registry.get('same')).toBe(same);
    expect(registry.get('changes')).not.toBe(changes);
    expect(registry.get('changes').definition.title).toBe('Changed');
    expect(replaced).toHaveBeenCalled();
    expect(() => registry.get('goes')).toThrow(NotFoundError);
    expect(stopped).toHaveBeenCalled();
  });

  it('starts without the catalog and keeps the last clusters of a failing source', async () => {
    const catalog = catalogServiceMock.mock({
      getEntities: jest.fn().mockRejectedValue(new Error('catalog down')),
    });
    let fail = false;
    const { registry, logger } = await create({
      clusters: [localClusterConfig('prod')],
      catalog,
      sources: [
        {
          getClusters: async () => {
            if (fail) throw new Error('source down');
            return [sourced('demo')];
          },
        },
      ],
    });
    expect(
      registry
        .list()
        .map(h => h.name)
        .sort(),
    ).toEqual(['demo', 'prod']);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/from the catalog failed/),
      expect.objectContaining({ message: 'catalog down' }),
    );

    fail = true;
    const demo = registry.get('demo');
    await registry.refresh();
    expect(registry.get('demo')).toBe(demo);
  });
});
