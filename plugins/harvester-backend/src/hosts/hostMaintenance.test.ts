import { HARVESTER_LABELS } from '@internal/plugin-harvester-common';
import request from 'supertest';
import { auditedEvents } from '../__testUtils__/auditedEvents';
import { cacheSettled } from '../__testUtils__/cacheSettled';
import { createTestCluster, TestCluster } from '../__testUtils__/testCluster';
import { areaTestApp, asUser, TestGrants } from '../__testUtils__/testContext';
import { NodeObject } from '../kube/types/nodes';
import { hostFixtures, hostStatus } from './__testUtils__/hostFixtures';
import { createHostsRouter } from './createHostsRouter';

const grants: TestGrants = {
  'harvester.host.read': true,
  'harvester.host.maintain': true,
};
const management = { [HARVESTER_LABELS.roleManagement]: 'true' };

// The only test file that creates management hosts: the last-management-host
// rule looks at every Node of the (shared) API server.
describe('hosts router: cordon and maintenance', () => {
  let cluster: TestCluster;
  let hosts: ReturnType<typeof hostFixtures>;
  let first: string;
  let second: string;
  let worker: string;

  beforeAll(async () => {
    cluster = await createTestCluster();
    hosts = hostFixtures(cluster);
    const status = hostStatus('16', '64Gi');
    first = await hosts.node('mgmt-a', { labels: management, status });
    second = await hosts.node('mgmt-b', {
      labels: { 'node-role.kubernetes.io/control-plane': 'true' },
      status,
    });
    worker = await hosts.node('worker', { status });
  });

  afterAll(async () => {
    await hosts?.cleanup();
    await cluster?.cleanup();
  });

  const setUp = async (granted: TestGrants = grants) =>
    areaTestApp(createHostsRouter, cluster.registry, granted);
  const act = async (
    name: string,
    action: string,
    body: object = {},
    granted?: TestGrants,
  ) => {
    const { app, context } = await setUp(granted);
    const res = await request(app)
      .post(`/clusters/${cluster.definition.name}/hosts/${name}/${action}`)
      .set(asUser())
      .send(body);
    await cacheSettled(cluster, 'node', undefined, name);
    return { res, audits: await auditedEvents(context) };
  };
  const node = async (name: string) =>
    (await cluster.client.get('node', undefined, name)) as NodeObject;
  const state = async (name: string) => {
    const { app } = await setUp();
    const res = await request(app)
      .get(`/clusters/${cluster.definition.name}/hosts/${name}`)
      .set(asUser())
      .expect(200);
    return res.body.state;
  };

  it('cordons and uncordons a host', async () => {
    const cordon = await act(worker, 'cordon');
    expect(cordon.res.status).toBe(200);
    expect(cordon.res.body).toEqual({
      ok: true,
      message: `Host ${worker} cordoned`,
      target: `${cluster.definition.name}/${worker}`,
    });
    expect((await node(worker)).spec?.unschedulable).toBe(true);
    expect(await state(worker)).toBe('Cordoned');
    expect(cordon.audits).toEqual([
      {
        eventId: 'host-cordon',
        meta: {
          cluster: cluster.definition.name,
          name: worker,
          before: { state: 'Active' },
        },
        succeeded: true,
        failed: false,
      },
    ]);

    const again = await act(worker, 'cordon');
    expect(again.res.status).toBe(409);
    expect(again.audits[0]).toMatchObject({
      eventId: 'host-cordon',
      failed: true,
    });

    expect((await act(worker, 'uncordon')).res.status).toBe(200);
    expect((await node(worker)).spec?.unschedulable).toBeUndefined();
    expect(await state(worker)).toBe('Active');
    expect((await act(worker, 'uncordon')).res.status).toBe(409);
  });

  it('puts a host into maintenance mode as Harvester does, and back', async () => {
    const enable = await act(first, 'maintenance', { enable: true });
    expect(enable.res.status).toBe(200);
    let written = await node(first);
    expect(written.spec?.unschedulable).toBe(true);
    expect(
      written.metadata.annotations?.[HARVESTER_LABELS.drainRequested],
    ).toBe('true');
    expect(await state(first)).toBe('EnteringMaintenance');
    expect(enable.audits[0]).toMatchObject({
      eventId: 'host-maintenance',
      meta: { enable: true, before: { state: 'Active' } },
      succeeded: true,
    });

    expect((await act(first, 'maintenance', { enable: true })).res.status).toBe(
      409,
    );
    // Cordon state belongs to maintenance now.
    expect((await act(first, 'uncordon')).res.status).toBe(409);

    // Harvester's controller drains the host and reports it done.
    // (The test client's writes resolve once the cache has them.)
    await cluster.client.patch('node', undefined, first, {
      metadata: {
        annotations: { [HARVESTER_LABELS.maintenance]: 'completed' },
      },
    });
    expect(await state(first)).toBe('Maintenance');

    const disable = await act(first, 'maintenance', { enable: false });
    expect(disable.res.status).toBe(200);
    written = await node(first);
    expect(written.spec?.unschedulable).toBeUndefined();
    expect(written.metadata.annotations ?? {}).not.toHaveProperty(
      HARVESTER_LABELS.drainRequested,
    );
    expect(written.metadata.annotations ?? {}).not.toHaveProperty(
      HARVESTER_LABELS.maintenance,
    );
    expect(await state(first)).toBe('Active');
    expect(
      (await act(first, 'maintenance', { enable: false })).res.status,
    ).toBe(409);
  });

  it('keeps the last schedulable management host out of maintenance', async () => {
    expect((await act(first, 'maintenance', { enable: true })).res.status).toBe(
      200,
    );
    const last = await act(second, 'maintenance', { enable: true });
    expect(last.res.status).toBe(409);
    expect(last.res.body.error.message).toMatch(
      /last schedulable management host/,
    );
    expect((await node(second)).spec?.unschedulable).toBeUndefined();
    // A worker does not run the control plane.
    expect(
      (await act(worker, 'maintenance', { enable: true })).res.status,
    ).toBe(200);
    expect(
      (await act(worker, 'maintenance', { enable: false })).res.status,
    ).toBe(200);

    expect(
      (await act(first, 'maintenance', { enable: false })).res.status,
    ).toBe(200);
    expect(
      (await act(second, 'maintenance', { enable: true })).res.status,
    ).toBe(200);
    expect(
      (await act(second, 'maintenance', { enable: false })).res.status,
    ).toBe(200);
  });

  it('validates, authenticates and authorizes', async () => {
    expect((await act(worker, 'maintenance', {})).res.status).toBe(400);
    expect((await act(worker, 'reboot')).res.status).toBe(404);
    expect((await act(`missing-${worker}`, 'cordon')).res.status).toBe(404);
    const denied = await act(
      worker,
      'cordon',
      {},
      { 'harvester.host.read': true },
    );
    expect(denied.res.status).toBe(403);
    expect(denied.audits).toEqual([]);
    const { app } = await setUp();
    await request(app)
      .post(`/clusters/${cluster.definition.name}/hosts/${worker}/cordon`)
      .expect(401);
    expect((await node(worker)).spec?.unschedulable).toBeUndefined();
  });
});
