import {
  ClusterSetting,
  HARVESTER_CLUSTER_RESOURCE_TYPE,
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
import { Setting } from '../kube/types/Setting';
import { createSettingsRouter } from './createSettingsRouter';

const grants: TestGrants = {
  'harvester.cluster.read': true,
  'harvester.cluster.manage': true,
};

describe('settings router', () => {
  let cluster: TestCluster;
  // Settings are cluster-scoped: unique names, deleted after.
  const plain = `t-log-level-${randomSuffix()}`;
  const secret = `t-registry-password-${randomSuffix()}`;

  beforeAll(async () => {
    cluster = await createTestCluster();
    await cluster.client.create('setting', {
      metadata: { name: plain },
      default: 'info',
    });
    await cluster.client.create('setting', {
      metadata: { name: secret },
      value: 'hunter2',
    });
  });

  afterAll(async () => {
    for (const name of [plain, secret]) {
      await cluster?.client.delete('setting', undefined, name);
    }
    await cluster?.cleanup();
  });

  const setUp = (granted: TestGrants = grants) =>
    areaTestApp(createSettingsRouter, cluster.registry, granted);
  const settingPath = (name: string) =>
    `/clusters/${cluster.definition.name}/settings/${name}`;
  const put = async (name: string, body: object, granted?: TestGrants) => {
    const { app, context } = await setUp(granted);
    const res = await request(app)
      .put(settingPath(name))
      .set(asUser())
      .send(body);
    await cacheSettled(cluster, 'setting', undefined, name);
    return { res, audits: await auditedEvents(context) };
  };
  const list = async (granted?: TestGrants) => {
    const { app } = await setUp(granted);
    const res = await request(app)
      .get(`/settings?cluster=${cluster.definition.name}`)
      .set(asUser())
      .expect(200);
    return res.body as ClusterSetting[];
  };
  const stored = async (name: string) =>
    (await cluster.client.get('setting', undefined, name)) as Setting;

  it('lists settings with their values and defaults', async () => {
    const settings = await list();
    expect(settings).toContainEqual({
      cluster: cluster.definition.name,
      name: plain,
      default: 'info',
      customized: false,
    });
    expect(settings).toContainEqual({
      cluster: cluster.definition.name,
      name: secret,
      value: 'hunter2',
      customized: true,
    });
    const names = settings.map(s => s.name);
    expect(names).toEqual([...names].sort());
  });

  it('updates a setting and resets it to its default', async () => {
    const set = await put(plain, { value: 'debug' });
    expect(set.res.status).toBe(200);
    expect(set.res.body).toEqual({
      cluster: cluster.definition.name,
      name: plain,
      value: 'debug',
      default: 'info',
      customized: true,
    });
    expect((await stored(plain)).value).toBe('debug');
    expect(set.audits).toEqual([
      {
        eventId: 'setting-update',
        meta: {
          cluster: cluster.definition.name,
          name: plain,
          before: null,
          after: 'debug',
        },
        succeeded: true,
        failed: false,
      },
    ]);
    expect((await list()).find(s => s.name === plain)?.value).toBe('debug');

    const reset = await put(plain, { value: null });
    expect(reset.res.status).toBe(200);
    expect(reset.res.body).toEqual({
      cluster: cluster.definition.name,
      name: plain,
      default: 'info',
      customized: false,
    });
    expect(await stored(plain)).not.toHaveProperty('value');
    expect(reset.audits[0].meta).toMatchObject({
      before: 'debug',
      after: null,
    });
  });

  it('keeps secret values out of the audit log', async () => {
    const { res, audits } = await put(secret, { value: 'correct-horse' });
    expect(res.status).toBe(200);
    expect((await stored(secret)).value).toBe('correct-horse');
    expect(audits[0].meta).toMatchObject({
      before: '********',
      after: '********',
    });
  });

  it('validates the backup target before Harvester would', async () => {
    const bad = await put('backup-target', {
      value: JSON.stringify({ type: 'nfs', endpoint: '10.0.0.5:/exports' }),
    });
    expect(bad.res.status).toBe(400);
    expect(bad.res.body.error.message).toMatch(/value\.endpoint: /);
    const notJson = await put('backup-target', { value: 'nfs://10.0.0.5' });
    expect(notJson.res.status).toBe(400);
    expect(notJson.res.body.error.message).toMatch(
      /value: backup-target must be JSON/,
    );
    expect((await put(plain, { value: 7 })).res.status).toBe(400);
    expect([...bad.audits, ...notJson.audits]).toEqual([]);
  });

  it('answers 404 for an unknown setting', async () => {
    const { res } = await put(`t-missing-${randomSuffix()}`, { value: 'x' });
    expect(res.status).toBe(404);
  });

  it('authenticates and authorizes', async () => {
    const { app } = await setUp();
    await request(app).get('/settings').expect(401);
    await request(app).put(settingPath(plain)).send({ value: 'x' }).expect(401);
    await request((await setUp({})).app)
      .get('/settings')
      .set(asUser())
      .expect(403);
    const readOnly = { 'harvester.cluster.read': true as const };
    expect((await put(plain, { value: 'x' }, readOnly)).res.status).toBe(403);
    expect((await stored(plain)).value).toBeUndefined();

    const otherCluster = resourceCondition(
      HARVESTER_CLUSTER_RESOURCE_TYPE,
      'cluster',
      [`other-${randomSuffix()}`],
    );
    expect(await list({ 'harvester.cluster.read': otherCluster })).toEqual([]);
    expect(
      (
        await put(
          plain,
          { value: 'x' },
          { 'harvester.cluster.manage': otherCluster },
        )
      ).res.status,
    ).toBe(403);
  });
});
