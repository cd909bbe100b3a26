import {
  HARVESTER_CLUSTER_RESOURCE_TYPE,
  HARVESTER_IMAGE_RESOURCE_TYPE,
  HARVESTER_LABELS,
} from '@internal/plugin-harvester-common';
import request from 'supertest';
import {
  createTestCluster,
  randomSuffix,
  TestCluster,
} from '../__testUtils__/testCluster';
import {
  areaTestApp,
  asUser,
  resourceCondition,
  TestGrants,
} from '../__testUtils__/testContext';
import { vmFixtures, vmManifest } from '../vms/__testUtils__/vmFixtures';
import { createTemplatesRouter } from './createTemplatesRouter';

const GiB = 2 ** 30;
const alice = 'user:default/alice';
const allGrants: TestGrants = {
  'harvester.image.read': true,
  'harvester.cluster.read': true,
};

describe('templates router', () => {
  let cluster: TestCluster;
  let ns: string;
  const storageClass = `sc-${randomSuffix()}`;

  beforeAll(async () => {
    cluster = await createTestCluster({ owner: 'group:default/infra' });
    ns = cluster.namespace;
    const fixtures = vmFixtures(cluster);
    const vm = vmManifest(ns, 'x', { cores: 4, memory: '8Gi' });
    vm.metadata.annotations = {
      [HARVESTER_LABELS.volumeClaimTemplates]: JSON.stringify([
        {
          metadata: {
            name: 'root',
            annotations: { [HARVESTER_LABELS.imageId]: `${ns}/ubuntu` },
          },
          spec: { resources: { requests: { storage: '20Gi' } } },
        },
      ]),
    };
    await fixtures.template('web', vm);
    // A second, newer version that is not the default.
    await cluster.client.create('templateVersion', {
      metadata: { name: 'web-v2', namespace: ns },
      spec: {
        templateId: `${ns}/web`,
        imageId: `${ns}/fedora`,
        vm: { spec: vmManifest(ns, 'y', { cores: 8 }).spec },
      },
      status: { version: 2 },
    });
    await cluster.client.create('template', {
      metadata: {
        name: 'tagged',
        namespace: ns,
        labels: { [`${HARVESTER_LABELS.tagPrefix}team`]: 'db' },
      },
      spec: { description: 'no versions yet' },
    });
    await fixtures.keyPair('alice-key', 'ssh-ed25519 AAAAC3Nza alice@laptop');
    await cluster.client.create('storageClass', {
      metadata: { name: storageClass },
      provisioner: 'driver.longhorn.io',
    });
  });

  afterAll(async () => {
    await cluster?.client.delete('storageClass', undefined, storageClass);
    await cluster?.cleanup();
  });

  const get = async (path: string, grants: TestGrants = allGrants) => {
    const { app } = await areaTestApp(
      createTemplatesRouter,
      cluster.registry,
      grants,
    );
    return request(app).get(path).set(asUser(alice));
  };

  it('GET /templates lists templates with their versions, newest first', async () => {
    const res = await get(`/templates?namespace=${ns}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      {
        cluster: cluster.definition.name,
        namespace: ns,
        name: 'tagged',
        description: 'no versions yet',
        versions: [],
      },
      {
        cluster: cluster.definition.name,
        namespace: ns,
        name: 'web',
        description: 'web',
        defaultVersion: 'web-v1',
        versions: [
          {
            name: 'web-v2',
            version: 2,
            cpuCores: 8,
            memoryBytes: 4 * GiB,
            imageId: `${ns}/fedora`,
          },
          {
            name: 'web-v1',
            version: 1,
            cpuCores: 4,
            memoryBytes: 8 * GiB,
            imageId: `${ns}/ubuntu`,
          },
        ],
      },
    ]);
    const tagged = await get(`/templates?namespace=${ns}`, {
      'harvester.image.read': resourceCondition(
        HARVESTER_IMAGE_RESOURCE_TYPE,
        'tag',
        ['team=db'],
      ),
    });
    expect(tagged.body.map((t: { name: string }) => t.name)).toEqual([
      'tagged',
    ]);
    expect((await get(`/templates?namespace=${ns}`, {})).status).toBe(403);
  });

  it('GET /keypairs lists key pairs of the namespaces asked for', async () => {
    const res = await get(`/keypairs?namespace=${ns}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      {
        cluster: cluster.definition.name,
        namespace: ns,
        name: 'alice-key',
        publicKey: 'ssh-ed25519 AAAAC3Nza alice@laptop',
      },
    ]);
  });

  it('GET /storage-classes lists the classes of readable clusters', async () => {
    const res = await get(
      `/storage-classes?cluster=${cluster.definition.name}`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toContainEqual({
      cluster: cluster.definition.name,
      name: storageClass,
      isDefault: false,
      provisioner: 'driver.longhorn.io',
    });
    const elsewhere = {
      'harvester.cluster.read': resourceCondition(
        HARVESTER_CLUSTER_RESOURCE_TYPE,
        'cluster',
        ['other'],
      ),
    };
    expect((await get('/storage-classes', elsewhere)).body).toEqual([]);
    expect((await get(`/keypairs?namespace=${ns}`, elsewhere)).body).toEqual(
      [],
    );
  });

  it('answers 401, 403 and 404 for an unknown cluster', async () => {
    const { app } = await areaTestApp(
      createTemplatesRouter,
      cluster.registry,
      {},
    );
    for (const path of ['/templates', '/keypairs', '/storage-classes']) {
      await request(app).get(path).expect(401);
      await request(app).get(path).set(asUser(alice)).expect(403);
    }
    expect((await get('/storage-classes?cluster=nope')).status).toBe(404);
  });
});
