import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { expectValidEntity } from '@internal/testing';
import request from 'supertest';
import { ClusterRegistry } from '../clusters/ClusterRegistry';
import { waitForCache } from '../__testUtils__/cacheSyncedClient';
import {
  configEntryOf,
  createConfigRegistry,
} from '../__testUtils__/configRegistry';
import {
  createTestCluster,
  randomSuffix,
  TestCluster,
} from '../__testUtils__/testCluster';
import {
  asUser,
  createTestApp,
  createTestContext,
} from '../__testUtils__/testContext';
import { vmManifest } from '../vms/__testUtils__/vmFixtures';
import { createEntitiesRouter } from './createEntitiesRouter';

const service = { Authorization: mockCredentials.service.header() };

describe('GET /entities', () => {
  let cluster: TestCluster;
  let registry: ClusterRegistry;
  const down = `down-${randomSuffix()}`;
  const sso = `sso-${randomSuffix()}`;

  beforeAll(async () => {
    cluster = await createTestCluster({ owner: 'group:default/infra' });
    const { definition, token } = cluster;
    // The test cluster again, beside one that cannot be reached and one
    // that only users' own tokens may read.
    registry = await createConfigRegistry(
      [
        { ...configEntryOf(cluster), title: 'Test cluster' },
        {
          name: down,
          url: 'https://127.0.0.1:9',
          auth: { type: 'serviceAccount', token },
        },
        { name: sso, url: definition.url, auth: { type: 'oidc' } },
      ],
      { cacheSyncTimeoutSeconds: 2 },
    );
    await registry.get(definition.name).cache!.waitForSync();
  });

  afterAll(async () => {
    registry?.stop();
    await cluster?.cleanup();
  });

  it('serves service principals only', async () => {
    const app = createTestApp(
      await createEntitiesRouter(createTestContext({ registry })),
    );
    expect((await request(app).get('/entities')).status).toBe(401);
    expect((await request(app).get('/entities').set(asUser())).status).toBe(
      403,
    );
    const vms = { vms: [`${cluster.definition.name}/default/x`] };
    expect((await request(app).post('/entities/vms').send(vms)).status).toBe(
      401,
    );
    expect(
      (await request(app).post('/entities/vms').set(asUser()).send(vms)).status,
    ).toBe(403);
  });

  it('gives the entities of just the VMs named, leaving out those that are gone', async () => {
    const { client, namespace, definition } = cluster;
    await client.create('vm', vmManifest(namespace, 'named-1'));
    await client.create('vm', vmManifest(namespace, 'unnamed'));
    const cache = registry.get(definition.name).cache!;
    await waitForCache(cache, 'vm', namespace, 'unnamed', o => !!o);
    const app = createTestApp(
      await createEntitiesRouter(createTestContext({ registry })),
    );
    const ask = (vms: unknown) =>
      request(app).post('/entities/vms').set(service).send({ vms });

    const { status, body } = await ask([
      `${definition.name}/${namespace}/named-1`,
      `${definition.name}/${namespace}/deleted-meanwhile`,
      `unknown-cluster/${namespace}/x`,
      `${down}/default/y`,
    ]);
    expect(status).toBe(200);
    expect(body.unavailableClusters).toEqual([down]);
    expect(
      body.entities.map((e: Entity) => [e.metadata.title, e.spec?.owner]),
    ).toEqual([['named-1', 'group:default/infra']]);
    await expectValidEntity(body.entities[0]);

    const bad = await ask(['not-a-ref']);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe(
      'Invalid request: vms[0]: must be <cluster>/<namespace>/<name>',
    );
    expect((await ask([])).status).toBe(400);
  });

  it('lists clusters from config and every VM with its effective owner and tags', async () => {
    const { client, namespace, definition } = cluster;
    const owned = await client.create(
      'vm',
      vmManifest(namespace, 'web-1', {
        labels: { 'tag.harvesterhci.io/env': 'Prod' },
        annotations: { 'platform-portal.dev/owner': 'group:default/web-team' },
      }),
    );
    await client.create('vm', vmManifest(namespace, 'db-1'));
    const cache = registry.get(definition.name).cache!;
    await waitForCache(cache, 'vm', namespace, 'db-1', o => o !== undefined);
    const app = createTestApp(
      await createEntitiesRouter(createTestContext({ registry })),
    );

    const { status, body } = await request(app).get('/entities').set(service);
    expect(status).toBe(200);
    expect(body.unavailableClusters).toEqual([down]);
    const entities: Entity[] = body.entities;
    for (const entity of entities) await expectValidEntity(entity);

    const clusters = entities.filter(e => e.spec?.type === 'harvester-cluster');
    expect(clusters.map(e => e.metadata.name).sort()).toEqual(
      [definition.name, down, sso].sort(),
    );
    const vmOf = (name: string) =>
      entities.find(
        e =>
          e.metadata.annotations?.['platform-portal.dev/harvester-vm'] ===
          `${definition.name}/${namespace}/${name}`,
      );
    expect(vmOf('web-1')).toMatchObject({
      metadata: {
        name: `${definition.name}-${namespace}-web-1`,
        title: 'web-1',
        tags: ['env', 'env-prod'],
      },
      spec: {
        type: 'harvester-vm',
        owner: 'group:default/web-team',
        dependsOn: [`resource:default/${definition.name}`],
      },
    });
    expect(vmOf('db-1')?.spec?.owner).toBe('group:default/infra');

    await client.delete('vm', namespace, owned.metadata.name);
    await waitForCache(cache, 'vm', namespace, 'web-1', o => o === undefined);
    const after = await request(app).get('/entities').set(service);
    expect(
      after.body.entities.map((e: Entity) => e.metadata.title),
    ).not.toContain('web-1');
  });
});
