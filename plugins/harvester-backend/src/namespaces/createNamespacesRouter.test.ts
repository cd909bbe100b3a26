import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_NAMESPACE_RESOURCE_TYPE,
  NamespaceSummary,
} from '@internal/plugin-harvester-common';
import request from 'supertest';
import { auditedEvents } from '../__testUtils__/auditedEvents';
import { cacheSettled } from '../__testUtils__/cacheSettled';
import { deleteTestNamespace } from '../__testUtils__/deleteTestNamespace';
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
import { vmFixtures } from '../vms/__testUtils__/vmFixtures';
import { createNamespacesRouter } from './createNamespacesRouter';
import { QUOTA_NAME } from './namespaceQuota';

const GiB = 2 ** 30;
const alice = 'user:default/alice';
const team = 'group:default/platform';
const grants: TestGrants = {
  'harvester.namespace.read': true,
  'harvester.namespace.manage': true,
};

describe('namespaces router', () => {
  let cluster: TestCluster;
  let ns: string;
  const created: string[] = [];

  beforeAll(async () => {
    cluster = await createTestCluster({ owner: team });
    ns = cluster.namespace;
    const vms = vmFixtures(cluster);
    await vms.pvc('a-disk', '10Gi');
    await vms.vm('a', { cores: 2, memory: '4Gi', claims: ['a-disk'] });
    await vms.vm('b', { cores: 1, memory: '2Gi' });
  });

  afterAll(async () => {
    for (const name of created) {
      await deleteTestNamespace(cluster.client, cluster.token, name);
    }
    await cluster?.cleanup();
  });

  const setUp = (granted: TestGrants = grants) =>
    areaTestApp(createNamespacesRouter, cluster.registry, granted);
  const clusterPath = () => `/clusters/${cluster.definition.name}`;
  const summary = async () => {
    const { app } = await setUp();
    const res = await request(app)
      .get(`/namespaces?cluster=${cluster.definition.name}&namespace=${ns}`)
      .set(asUser(alice))
      .expect(200);
    expect(res.body.totalCount).toBe(1);
    return res.body.items[0] as NamespaceSummary;
  };
  const putQuota = async (body: object, granted?: TestGrants) => {
    const { app, context } = await setUp(granted);
    const res = await request(app)
      .put(`${clusterPath()}/namespaces/${ns}/quota`)
      .set(asUser(alice))
      .send(body);
    await cacheSettled(cluster, 'resourceQuota', ns, QUOTA_NAME);
    return { res, audits: await auditedEvents(context) };
  };
  const hardLimits = async () =>
    (await cluster.client.get('resourceQuota', ns, QUOTA_NAME))?.spec?.hard;

  it('lists namespaces with their VMs, usage and owner', async () => {
    expect(await summary()).toEqual({
      cluster: cluster.definition.name,
      name: ns,
      phase: 'Active',
      owner: team,
      vmCount: 2,
      usage: { cpuCores: 3, memoryBytes: 6 * GiB, storageBytes: 10 * GiB },
      createdAt: expect.stringMatching(/^\d{4}-/),
    });
  });

  it('creates, replaces and removes the quota', async () => {
    const first = await putQuota({ cpuCores: 8, memory: '16Gi', vmCount: 5 });
    expect(first.res.status).toBe(200);
    expect(first.res.body.quota).toEqual({
      cpuCores: 8,
      memoryBytes: 16 * GiB,
      vmCount: 5,
    });
    expect(await hardLimits()).toEqual({
      'limits.cpu': '8',
      'limits.memory': '16Gi',
      'count/virtualmachines.kubevirt.io': '5',
    });
    expect(first.audits).toEqual([
      {
        eventId: 'namespace-quota',
        meta: { cluster: cluster.definition.name, name: ns, before: null },
        succeeded: true,
        failed: false,
      },
    ]);
    expect((await summary()).quota).toEqual(first.res.body.quota);

    // Omitted fields are no longer limited.
    const second = await putQuota({ storage: '100Gi' });
    expect(second.res.status).toBe(200);
    expect(await hardLimits()).toEqual({ 'requests.storage': '100Gi' });
    expect(second.audits[0].meta.before).toEqual(first.res.body.quota);

    const cleared = await putQuota({});
    expect(cleared.res.status).toBe(200);
    expect(cleared.res.body.quota).toBeUndefined();
    expect(
      await cluster.client.get('resourceQuota', ns, QUOTA_NAME),
    ).toBeUndefined();
  });

  it.each([
    [{ memory: '4Gi' }, /memory: 4 GiB is below the 6 GiB/],
    [{ cpuCores: 2.5 }, /cpuCores: 2.5 is below the 3/],
    [{ storage: '1Gi' }, /storage: 1 GiB is below the 10 GiB/],
    [{ vmCount: 1 }, /vmCount: 1 is below the 2/],
    [{ memory: 'lots' }, /memory: /],
  ])(
    'refuses the quota %j with a 400 naming the field',
    async (body, message) => {
      const { res, audits } = await putQuota(body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
      expect(audits).toEqual([]);
      expect(
        await cluster.client.get('resourceQuota', ns, QUOTA_NAME),
      ).toBeUndefined();
    },
  );

  it('creates a namespace owned by the caller or the named owner', async () => {
    const mine = `t-mine-${randomSuffix()}`;
    const theirs = `t-theirs-${randomSuffix()}`;
    created.push(mine, theirs);
    const { app, context } = await setUp();
    const res = await request(app)
      .post(`${clusterPath()}/namespaces`)
      .set(asUser(alice))
      .send({ name: mine })
      .expect(201);
    expect(res.body).toMatchObject({
      cluster: cluster.definition.name,
      name: mine,
      owner: alice,
      vmCount: 0,
      usage: { cpuCores: 0, memoryBytes: 0, storageBytes: 0 },
    });
    const written = await cluster.client.get('namespace', undefined, mine);
    expect(written?.metadata.annotations?.[HARVESTER_ANNOTATIONS.owner]).toBe(
      alice,
    );

    await request(app)
      .post(`${clusterPath()}/namespaces`)
      .set(asUser(alice))
      .send({ name: theirs, owner: team })
      .expect(201);
    const other = await cluster.client.get('namespace', undefined, theirs);
    expect(other?.metadata.annotations?.[HARVESTER_ANNOTATIONS.owner]).toBe(
      team,
    );

    await request(app)
      .post(`${clusterPath()}/namespaces`)
      .set(asUser(alice))
      .send({ name: mine })
      .expect(409);
    await request(app)
      .post(`${clusterPath()}/namespaces`)
      .set(asUser(alice))
      .send({ name: 'Not_A_Name' })
      .expect(400);
    expect(
      (await auditedEvents(context)).map(e => [e.eventId, e.succeeded]),
    ).toEqual([
      ['namespace-create', true],
      ['namespace-create', true],
      ['namespace-create', false],
    ]);
  });

  it('authenticates and authorizes', async () => {
    const denied = `t-denied-${randomSuffix()}`;
    const { app } = await setUp();
    await request(app).get('/namespaces').expect(401);
    await request(app)
      .put(`${clusterPath()}/namespaces/${ns}/quota`)
      .send({})
      .expect(401);
    await request(app)
      .post(`${clusterPath()}/namespaces`)
      .send({ name: 'x' })
      .expect(401);
    const readOnly = (await setUp({ 'harvester.namespace.read': true })).app;
    await request(readOnly).get('/namespaces').set(asUser()).expect(200);
    await request(readOnly)
      .put(`${clusterPath()}/namespaces/${ns}/quota`)
      .set(asUser())
      .send({ vmCount: 10 })
      .expect(403);
    await request(readOnly)
      .post(`${clusterPath()}/namespaces`)
      .set(asUser())
      .send({ name: denied })
      .expect(403);
    await request((await setUp({})).app)
      .get('/namespaces')
      .set(asUser())
      .expect(403);
    await request(app)
      .put(`${clusterPath()}/namespaces/missing-${randomSuffix()}/quota`)
      .set(asUser())
      .send({})
      .expect(404);
    expect(
      await cluster.client.get('namespace', undefined, denied),
    ).toBeUndefined();
    expect(await hardLimits()).toBeUndefined();
  });

  it('applies conditional grants to the namespace and to the one to be', async () => {
    const manageOwn = {
      'harvester.namespace.read': resourceCondition(
        HARVESTER_NAMESPACE_RESOURCE_TYPE,
        'namespace',
        [ns],
      ),
      'harvester.namespace.manage': resourceCondition(
        HARVESTER_NAMESPACE_RESOURCE_TYPE,
        'owner',
        [alice],
      ),
    };
    const { app } = await setUp(manageOwn);
    const page = await request(app)
      .get(`/namespaces?cluster=${cluster.definition.name}`)
      .set(asUser(alice))
      .expect(200);
    expect(page.body.items.map((n: NamespaceSummary) => n.name)).toEqual([ns]);
    // The test namespace is the team's, not alice's.
    expect((await putQuota({ vmCount: 10 }, manageOwn)).res.status).toBe(403);
    await request(app)
      .post(`${clusterPath()}/namespaces`)
      .set(asUser(alice))
      .send({ name: `t-other-${randomSuffix()}`, owner: team })
      .expect(403);
    const own = `t-own-${randomSuffix()}`;
    created.push(own);
    await request(app)
      .post(`${clusterPath()}/namespaces`)
      .set(asUser(alice))
      .send({ name: own })
      .expect(201);
  });
});
