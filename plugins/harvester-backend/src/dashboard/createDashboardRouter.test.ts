import {
  ClusterEvent,
  Dashboard,
  HARVESTER_CLUSTER_RESOURCE_TYPE,
  HARVESTER_HOST_RESOURCE_TYPE,
  HARVESTER_IMAGE_RESOURCE_TYPE,
  HARVESTER_LABELS,
  HARVESTER_VM_RESOURCE_TYPE,
  HARVESTER_VOLUME_RESOURCE_TYPE,
  HarvesterResourceType,
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
import { hostFixtures, hostStatus } from '../hosts/__testUtils__/hostFixtures';
import { vmFixtures } from '../vms/__testUtils__/vmFixtures';
import { createDashboardRouter } from './createDashboardRouter';

const GiB = 2 ** 30;

describe('dashboard and events', () => {
  let cluster: TestCluster;
  let hosts: ReturnType<typeof hostFixtures>;
  let ns: string;
  const run = randomSuffix();

  /** What this file created: other test files share the API server. */
  const ours = (): TestGrants => {
    const inNamespace = (type: HarvesterResourceType) =>
      resourceCondition(type, 'namespace', [ns]);
    return {
      'harvester.cluster.read': true,
      'harvester.host.read': resourceCondition(
        HARVESTER_HOST_RESOURCE_TYPE,
        'tag',
        [`run=${run}`],
      ),
      'harvester.vm.read': inNamespace(HARVESTER_VM_RESOURCE_TYPE),
      'harvester.volume.read': inNamespace(HARVESTER_VOLUME_RESOURCE_TYPE),
      'harvester.image.read': inNamespace(HARVESTER_IMAGE_RESOURCE_TYPE),
    };
  };

  // Far in the future, so they are the newest events of the API server.
  const event = (name: string, type: string, lastTimestamp: string) =>
    cluster.client.create('event', {
      metadata: { name, namespace: ns },
      involvedObject: { kind: 'VirtualMachine', name: 'up', namespace: ns },
      reason: `Reason-${name}`,
      message: `Message ${name}`,
      type,
      count: 1,
      lastTimestamp,
    });

  beforeAll(async () => {
    cluster = await createTestCluster();
    ns = cluster.namespace;
    hosts = hostFixtures(cluster);
    const vms = vmFixtures(cluster);
    const labels = { [`${HARVESTER_LABELS.tagPrefix}run`]: run };
    const busy = await hosts.node('busy', {
      labels,
      status: hostStatus('8', '32Gi'),
    });
    await hosts.node('idle', {
      labels,
      unschedulable: true,
      status: hostStatus('4', '16Gi'),
    });
    await hosts.metrics(busy, '1500m', '2Gi');
    await vms.vm(
      'up',
      { runStrategy: 'Always' },
      { printableStatus: 'Running' },
    );
    await vms.vmi('up', { phase: 'Running', nodeName: busy });
    await vms.vm('down', {}, { printableStatus: 'Stopped' });
    await vms.pvc('data', '10Gi');
    await vms.pvc('logs', '5Gi');
    await vms.image('ubuntu');
    await event('first', 'Normal', '2099-01-01T00:00:00Z');
    await event('third', 'Normal', '2099-01-03T00:00:00Z');
    await event('second', 'Warning', '2099-01-02T00:00:00Z');
  });

  afterAll(async () => {
    await hosts?.cleanup();
    await cluster?.cleanup();
  });

  const get = async (path: string, grants: TestGrants = ours()) => {
    const { app } = await areaTestApp(
      createDashboardRouter,
      cluster.registry,
      grants,
    );
    return request(app).get(path).set(asUser());
  };
  const dashboard = async (grants?: TestGrants) => {
    const res = await get(
      `/dashboard?cluster=${cluster.definition.name}`,
      grants,
    );
    expect(res.status).toBe(200);
    return res.body as Dashboard;
  };
  const reasons = (events: ClusterEvent[]) => events.map(e => e.reason);

  it('counts what the caller may see', async () => {
    const body = await dashboard();
    expect(body.clusters.map(c => c.name)).toEqual([cluster.definition.name]);
    expect(body.hosts).toEqual({
      total: 2,
      byState: { Active: 1, Cordoned: 1 },
    });
    expect(body.vms).toEqual({ total: 2, byState: { Running: 1, Stopped: 1 } });
    // `up` (2 cores, 4 GiB) runs on `busy`.
    expect(body.capacity).toEqual({
      cpuCoresTotal: 12,
      memoryBytesTotal: 48 * GiB,
      cpuCoresAllocated: 2,
      memoryBytesAllocated: 4 * GiB,
      cpuCoresUsed: 1.5,
      memoryBytesUsed: 2 * GiB,
    });
    expect(body.volumes).toEqual({ total: 2, sizeBytes: 15 * GiB });
    expect(body.images).toEqual({ total: 1 });
    expect(reasons(body.events).slice(0, 3)).toEqual([
      'Reason-third',
      'Reason-second',
      'Reason-first',
    ]);
    expect(body.events.length).toBeLessThanOrEqual(20);
    expect(body.events[0]).toEqual({
      cluster: cluster.definition.name,
      namespace: ns,
      type: 'Normal',
      reason: 'Reason-third',
      message: 'Message third',
      object: 'VirtualMachine/up',
      count: 1,
      lastSeen: '2099-01-03T00:00:00Z',
    });
  });

  it('counts nothing the caller may not read, without failing', async () => {
    const body = await dashboard({ 'harvester.cluster.read': true });
    expect(body.clusters).toHaveLength(1);
    expect(body.hosts).toEqual({ total: 0, byState: {} });
    expect(body.vms).toEqual({ total: 0, byState: {} });
    expect(body.volumes).toEqual({ total: 0, sizeBytes: 0 });
    expect(body.images).toEqual({ total: 0 });
    expect(body.capacity).toEqual({ cpuCoresTotal: 0, memoryBytesTotal: 0 });
  });

  it('shows no cluster the caller may not read', async () => {
    const body = await dashboard({
      ...ours(),
      'harvester.cluster.read': resourceCondition(
        HARVESTER_CLUSTER_RESOURCE_TYPE,
        'cluster',
        [`other-${run}`],
      ),
    });
    expect(body.clusters).toEqual([]);
    expect(body.vms.total).toBe(0);
    expect(body.events).toEqual([]);
  });

  it('lists events newest first, filtered', async () => {
    const base = `/events?cluster=${cluster.definition.name}&namespace=${ns}`;
    const all = await get(base);
    expect(all.status).toBe(200);
    expect(reasons(all.body)).toEqual([
      'Reason-third',
      'Reason-second',
      'Reason-first',
    ]);
    expect(reasons((await get(`${base}&type=Warning`)).body)).toEqual([
      'Reason-second',
    ]);
    expect(reasons((await get(`${base}&limit=2`)).body)).toEqual([
      'Reason-third',
      'Reason-second',
    ]);
    expect((await get(`${base}&limit=0`)).status).toBe(400);
    expect((await get(`${base}&type=Fatal`)).status).toBe(400);
    const elsewhere = await get(base, {
      'harvester.cluster.read': resourceCondition(
        HARVESTER_CLUSTER_RESOURCE_TYPE,
        'cluster',
        [`other-${run}`],
      ),
    });
    expect(elsewhere.body).toEqual([]);
  });

  it('authenticates and authorizes', async () => {
    const { app } = await areaTestApp(
      createDashboardRouter,
      cluster.registry,
      ours(),
    );
    await request(app).get('/dashboard').expect(401);
    await request(app).get('/events').expect(401);
    expect((await get('/dashboard', {})).status).toBe(403);
    expect((await get('/events', {})).status).toBe(403);
    expect((await get(`/dashboard?cluster=missing-${run}`)).status).toBe(404);
  });
});
