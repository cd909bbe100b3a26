import {
  HARVESTER_NETWORK_RESOURCE_TYPE,
  NetworkSummary,
} from '@internal/plugin-harvester-common';
import request from 'supertest';
import { auditedEvents } from '../__testUtils__/auditedEvents';
import { cacheSettled } from '../__testUtils__/cacheSettled';
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
import { createNetworksRouter } from './createNetworksRouter';
import { NETWORK_LABELS } from './networkAttachment';

const grants: TestGrants = {
  'harvester.network.read': true,
  'harvester.network.manage': true,
};

describe('networks router', () => {
  let cluster: TestCluster;
  let vms: ReturnType<typeof vmFixtures>;
  let ns: string;
  const clusterNetwork = `vlan-${randomSuffix()}`;
  const vlanConfig = `${clusterNetwork}-uplink`;

  beforeAll(async () => {
    cluster = await createTestCluster();
    vms = vmFixtures(cluster);
    ns = cluster.namespace;
    await cluster.client.create('clusterNetwork', {
      metadata: { name: clusterNetwork },
      status: { conditions: [{ type: 'ready', status: 'True' }] },
    });
    await cluster.client.create('vlanConfig', {
      metadata: { name: vlanConfig },
      spec: { clusterNetwork, uplink: { nics: ['eth1'] } },
    });
  });

  afterAll(async () => {
    await cluster?.client.delete('vlanConfig', undefined, vlanConfig);
    await cluster?.client.delete('clusterNetwork', undefined, clusterNetwork);
    await cluster?.cleanup();
  });

  const setUp = (granted: TestGrants = grants) =>
    areaTestApp(createNetworksRouter, cluster.registry, granted);
  const networksPath = (name = '') =>
    `/clusters/${cluster.definition.name}/namespaces/${ns}/networks${
      name && `/${name}`
    }`;
  const send = async (
    method: 'post' | 'delete',
    path: string,
    body?: object,
    granted?: TestGrants,
  ) => {
    const { app, context } = await setUp(granted);
    const res = await request(app)[method](path).set(asUser()).send(body);
    return { res, audits: await auditedEvents(context) };
  };
  const list = async (granted?: TestGrants) => {
    const { app } = await setUp(granted);
    const res = await request(app)
      .get(`/networks?cluster=${cluster.definition.name}&namespace=${ns}`)
      .set(asUser())
      .expect(200);
    return res.body.items as NetworkSummary[];
  };

  it('creates a VLAN network as Harvester does', async () => {
    const { res, audits } = await send('post', networksPath(), {
      name: 'blue',
      vlan: 100,
      clusterNetwork,
      description: 'Blue team',
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      cluster: cluster.definition.name,
      namespace: ns,
      name: 'blue',
      type: 'L2VlanNetwork',
      vlan: 100,
      clusterNetwork,
      vmCount: 0,
      createdAt: expect.stringMatching(/^\d{4}-/),
    });
    const nad = await cluster.client.get('networkAttachment', ns, 'blue');
    expect(nad?.metadata.labels).toEqual({
      [NETWORK_LABELS.clusterNetwork]: clusterNetwork,
      [NETWORK_LABELS.type]: 'L2VlanNetwork',
      [NETWORK_LABELS.vlanId]: '100',
    });
    expect(JSON.parse(nad?.spec.config)).toEqual({
      cniVersion: '0.3.1',
      name: 'blue',
      type: 'bridge',
      bridge: `${clusterNetwork}-br`,
      promiscMode: true,
      vlan: 100,
      ipam: {},
    });
    expect(audits).toEqual([
      {
        eventId: 'network-create',
        meta: {
          cluster: cluster.definition.name,
          namespace: ns,
          name: 'blue',
          vlan: 100,
          clusterNetwork,
        },
        succeeded: true,
        failed: false,
      },
    ]);
    await cacheSettled(cluster, 'networkAttachment', ns, 'blue');
  });

  it('refuses a VLAN that exists on the cluster network, or a missing cluster network', async () => {
    const twin = await send('post', networksPath(), {
      name: 'blue-again',
      vlan: 100,
      clusterNetwork,
    });
    expect(twin.res.status).toBe(409);
    expect(twin.res.body.error.message).toMatch(/VLAN 100 .* as network blue/);
    expect(twin.audits[0]).toMatchObject({
      eventId: 'network-create',
      failed: true,
    });

    const missing = await send('post', networksPath(), {
      name: 'red',
      vlan: 200,
      clusterNetwork: `missing-${randomSuffix()}`,
    });
    expect(missing.res.status).toBe(400);
    expect(missing.res.body.error.message).toMatch(/clusterNetwork: /);

    const badVlan = await send('post', networksPath(), {
      name: 'red',
      vlan: 5000,
    });
    expect(badVlan.res.status).toBe(400);
    expect(badVlan.res.body.error.message).toMatch(/vlan: /);
    for (const name of ['blue-again', 'red']) {
      expect(
        await cluster.client.get('networkAttachment', ns, name),
      ).toBeUndefined();
    }
  });

  it('counts the VMs on a network and keeps it while they use it', async () => {
    await vms.vm('app', { networks: [`${ns}/blue`] });
    // Multus resolves a bare name in the VM's namespace.
    await vms.vm('db', { networks: ['blue'] });
    const [blue] = await list();
    expect(blue).toMatchObject({ name: 'blue', vlan: 100, vmCount: 2 });

    const inUse = await send('delete', networksPath('blue'));
    expect(inUse.res.status).toBe(409);
    expect(inUse.res.body.error.message).toMatch(/used by 2 VM\(s\): .*app/);
    expect(
      await cluster.client.get('networkAttachment', ns, 'blue'),
    ).toBeDefined();

    await cluster.client.delete('vm', ns, 'app');
    await cluster.client.delete('vm', ns, 'db');
    const deleted = await send('delete', networksPath('blue'));
    expect(deleted.res.status).toBe(200);
    expect(deleted.res.body).toEqual({
      ok: true,
      message: `Network ${ns}/blue deleted`,
      target: `${cluster.definition.name}/${ns}/blue`,
    });
    expect(deleted.audits[0]).toMatchObject({
      eventId: 'network-delete',
      succeeded: true,
    });
    expect(
      await cluster.client.get('networkAttachment', ns, 'blue'),
    ).toBeUndefined();
    await cacheSettled(cluster, 'networkAttachment', ns, 'blue');
    expect((await send('delete', networksPath('blue'))).res.status).toBe(404);
  });

  it('lists cluster networks with their uplinks', async () => {
    const { app } = await setUp();
    const res = await request(app)
      .get(`/cluster-networks?cluster=${cluster.definition.name}`)
      .set(asUser())
      .expect(200);
    expect(res.body).toContainEqual({
      cluster: cluster.definition.name,
      name: clusterNetwork,
      ready: true,
      vlanConfigs: [vlanConfig],
    });
  });

  it('authenticates and authorizes, conditions included', async () => {
    const { app } = await setUp();
    await request(app).get('/networks').expect(401);
    await request(app).get('/cluster-networks').expect(401);
    await request(app)
      .post(networksPath())
      .send({ name: 'x', vlan: 1 })
      .expect(401);
    await request((await setUp({})).app)
      .get('/networks')
      .set(asUser())
      .expect(403);

    const elsewhere = {
      'harvester.network.read': true as const,
      'harvester.network.manage': resourceCondition(
        HARVESTER_NETWORK_RESOURCE_TYPE,
        'namespace',
        [`other-${randomSuffix()}`],
      ),
    };
    const denied = await send(
      'post',
      networksPath(),
      { name: 'green', vlan: 300, clusterNetwork },
      elsewhere,
    );
    expect(denied.res.status).toBe(403);
    expect(denied.audits).toEqual([]);
    expect(
      await cluster.client.get('networkAttachment', ns, 'green'),
    ).toBeUndefined();

    await send('post', networksPath(), {
      name: 'green',
      vlan: 300,
      clusterNetwork,
    });
    await cacheSettled(cluster, 'networkAttachment', ns, 'green');
    expect((await list()).map(n => n.name)).toEqual(['green']);
    const readNone = {
      'harvester.network.read': resourceCondition(
        HARVESTER_NETWORK_RESOURCE_TYPE,
        'namespace',
        [`other-${randomSuffix()}`],
      ),
    };
    expect(await list(readNone)).toEqual([]);
    expect(
      (await send('delete', networksPath('green'), undefined, elsewhere)).res
        .status,
    ).toBe(403);
  });
});
