import { VmBackup } from '@internal/plugin-harvester-common';
import request from 'supertest';
import { createTestCluster, TestCluster } from '../__testUtils__/testCluster';
import { asUser, TestGrants } from '../__testUtils__/testContext';
import {
  alice,
  backupsTestApp,
  bob,
  GiB,
  ownedBy,
  seedBackups,
} from './__testUtils__/backupFixtures';

describe('GET /backups and /backup-schedules', () => {
  let cluster: TestCluster;
  let ns: string;

  beforeAll(async () => {
    cluster = await createTestCluster({ owner: 'group:default/infra' });
    ns = cluster.namespace;
    await seedBackups(cluster);
  });

  afterAll(() => cluster?.cleanup());

  const get = async (path: string, grants?: TestGrants) => {
    const { app } = await backupsTestApp(cluster, { grants });
    return request(app).get(path).set(asUser(alice));
  };
  const list = async (query = '', grants?: TestGrants) => {
    const res = await get(`/backups?namespace=${ns}&${query}`, grants);
    expect(res.status).toBe(200);
    return res.body as { items: VmBackup[]; totalCount: number };
  };
  const names = (page: { items: { name: string }[] }) =>
    page.items.map(b => b.name);

  it('summarises backups and snapshots with their source VM owner', async () => {
    const page = await list();
    expect(names(page)).toEqual([
      'db-ready',
      'db-snap',
      'gone-backup',
      'web-backup',
      'web-snap',
    ]);
    const byName = Object.fromEntries(page.items.map(b => [b.name, b]));
    expect(byName['web-backup']).toEqual({
      cluster: cluster.definition.name,
      namespace: ns,
      name: 'web-backup',
      type: 'backup',
      sourceVm: 'web',
      readyToUse: true,
      progress: 100,
      sizeBytes: 15 * GiB,
      createdAt: expect.stringMatching(/^\d{4}-/),
      owner: alice,
      labels: {},
    });
    expect(byName['web-snap']).toMatchObject({
      type: 'snapshot',
      createdAt: '2025-01-01T00:00:00Z',
    });
    expect(byName['db-snap']).toMatchObject({
      readyToUse: false,
      progress: 50,
    });
    // Its VM is gone: the owner comes from the VM metadata it recorded.
    expect(byName['gone-backup']).toMatchObject({
      owner: bob,
      error: 'backup target unreachable',
    });
  });

  it('filters by type and applies the conditions to the source VM', async () => {
    expect(names(await list('type=backup'))).toEqual([
      'gone-backup',
      'web-backup',
    ]);
    expect(names(await list('type=snapshot&limit=1&offset=1'))).toEqual([
      'db-snap',
    ]);
    expect(names(await list('', ownedBy(bob)))).toEqual(['gone-backup']);
    const bad = await get('/backups?type=full');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/type/);
  });

  it('answers 401 and 403', async () => {
    const { app } = await backupsTestApp(cluster, { grants: {} });
    for (const path of ['/backups', '/backup-schedules']) {
      expect((await request(app).get(path)).status).toBe(401);
      expect((await request(app).get(path).set(asUser(alice))).status).toBe(
        403,
      );
    }
  });

  it('lists schedules with their last run', async () => {
    const res = await get(`/backup-schedules?namespace=${ns}`);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      {
        cluster: cluster.definition.name,
        namespace: ns,
        name: 'web-nightly',
        cron: '0 2 * * *',
        retain: 7,
        maxFailure: 3,
        type: 'backup',
        sourceVm: 'web',
        suspended: false,
        failures: 1,
        lastRun: {
          backup: 'web-backup',
          createdAt: expect.stringMatching(/^\d{4}-/),
          readyToUse: true,
        },
        owner: alice,
        labels: {},
        createdAt: expect.stringMatching(/^\d{4}-/),
      },
    ]);
    const others = await get(`/backup-schedules?namespace=${ns}`, ownedBy(bob));
    expect(others.body.items).toEqual([]);
  });
});
