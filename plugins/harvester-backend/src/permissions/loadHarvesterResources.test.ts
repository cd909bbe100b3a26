import { HARVESTER_ANNOTATIONS } from '@internal/plugin-harvester-common';
import {
  createTestCluster,
  randomSuffix,
  TestCluster,
} from '../__testUtils__/testCluster';
import { loadHarvesterResources } from './loadHarvesterResources';

describe('loadHarvesterResources', () => {
  let tc: TestCluster;
  const host = `host-${randomSuffix()}`;
  beforeAll(async () => {
    tc = await createTestCluster({ owner: 'group:default/ops' });
    await tc.client.patch('namespace', undefined, tc.namespace, {
      metadata: {
        annotations: { [HARVESTER_ANNOTATIONS.owner]: 'group:default/team' },
      },
    });
    await tc.client.create('pvc', {
      metadata: {
        name: 'data',
        namespace: tc.namespace,
        labels: { 'tag.harvesterhci.io/tier': 'gold' },
      },
      spec: {
        accessModes: ['ReadWriteOnce'],
        resources: { requests: { storage: '1Gi' } },
      },
    });
    await tc.client.create('node', { metadata: { name: host } });
  });
  afterAll(async () => {
    await tc.client.delete('node', undefined, host);
    await tc.cleanup();
  });

  it('resolves refs of each type from the cache, unknown ones to undefined', async () => {
    const load = loadHarvesterResources(tc.registry);
    const cluster = tc.definition.name;
    await expect(
      load('harvester-volume', [
        `${cluster}/${tc.namespace}/data`,
        `${cluster}/${tc.namespace}/missing`,
        `elsewhere/${tc.namespace}/data`,
        'not a ref',
      ]),
    ).resolves.toEqual([
      {
        resourceType: 'harvester-volume',
        cluster,
        namespace: tc.namespace,
        name: 'data',
        owner: 'group:default/team',
        tags: ['tier', 'tier=gold'],
      },
      undefined,
      undefined,
      undefined,
    ]);
    await expect(
      load('harvester-host', [`${cluster}/${host}`]),
    ).resolves.toEqual([
      expect.objectContaining({
        name: host,
        owner: 'group:default/ops',
        namespace: undefined,
      }),
    ]);
    await expect(
      load('harvester-namespace', [`${cluster}/${tc.namespace}`]),
    ).resolves.toEqual([
      expect.objectContaining({
        namespace: tc.namespace,
        owner: 'group:default/team',
      }),
    ]);
    await expect(
      load('harvester-cluster', [cluster, `${cluster}/${cluster}`, 'other']),
    ).resolves.toEqual([
      {
        resourceType: 'harvester-cluster',
        cluster,
        name: cluster,
        owner: 'group:default/ops',
        tags: [],
      },
      expect.objectContaining({ name: cluster }),
      undefined,
    ]);
    await expect(load('something-else', ['x/y'])).resolves.toEqual([undefined]);
  });

  it("reads an oidc cluster without a cache token through nobody's token: unknown", async () => {
    const oidc = await createTestCluster({ oidc: true });
    try {
      const load = loadHarvesterResources(oidc.registry);
      await expect(
        load('harvester-namespace', [
          `${oidc.definition.name}/${oidc.namespace}`,
        ]),
      ).resolves.toEqual([undefined]);
    } finally {
      await oidc.cleanup();
    }
  });
});
