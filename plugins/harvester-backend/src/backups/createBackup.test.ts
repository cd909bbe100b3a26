import request from 'supertest';
import { auditedEvents } from '../__testUtils__/auditedEvents';
import {
  createTestCluster,
  randomSuffix,
  TestCluster,
} from '../__testUtils__/testCluster';
import { asUser, TestGrants } from '../__testUtils__/testContext';
import {
  alice,
  backupsTestApp,
  bob,
  ownedBy,
  seedBackups,
} from './__testUtils__/backupFixtures';

describe('taking and deleting backups', () => {
  let cluster: TestCluster;
  let ns: string;
  // A Setting of this file's own: parallel test files never share one.
  const backupTarget = `backup-target-${randomSuffix()}`;

  beforeAll(async () => {
    cluster = await createTestCluster({ owner: 'group:default/infra' });
    ns = cluster.namespace;
    await seedBackups(cluster);
  });

  afterAll(async () => {
    await cluster?.client.delete('setting', undefined, backupTarget);
    await cluster?.cleanup();
  });

  const app = (grants?: TestGrants) =>
    backupsTestApp(cluster, { grants, backupTargetSetting: backupTarget });
  const base = () => `/clusters/${cluster.definition.name}/namespaces/${ns}`;
  const take = async (vm: string, body: object, grants?: TestGrants) => {
    const { app: backups, context } = await app(grants);
    const res = await request(backups)
      .post(`${base()}/vms/${vm}/backups`)
      .set(asUser(alice))
      .send(body);
    return { res, context };
  };
  const stored = (name: string) => cluster.client.get('backup', ns, name);

  it('takes a snapshot without a backup target', async () => {
    const { res, context } = await take('web', { name: 'web-snap-2' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'web-snap-2',
      type: 'snapshot',
      sourceVm: 'web',
      readyToUse: false,
      owner: alice,
    });
    expect((await stored('web-snap-2'))?.spec).toEqual({
      type: 'snapshot',
      source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'web' },
    });
    expect(await auditedEvents(context)).toEqual([
      expect.objectContaining({ eventId: 'vm-snapshot', succeeded: true }),
    ]);
  });

  it('takes a backup only when the backup target is configured', async () => {
    const backup = { name: 'web-backup-2', type: 'backup' };
    const missing = await take('web', backup);
    expect(missing.res.status).toBe(409);
    expect(missing.res.body.error.message).toMatch(
      `configure the ${backupTarget} setting`,
    );
    await cluster.client.create('setting', {
      metadata: { name: backupTarget },
      default: '{"type":"","endpoint":""}',
    });
    expect((await take('web', backup)).res.status).toBe(409);
    expect(await stored('web-backup-2')).toBeUndefined();

    await cluster.client.patch('setting', undefined, backupTarget, {
      value: '{"type":"nfs","endpoint":"nfs://backup.example:/exports"}',
    });
    const { res, context } = await take('web', backup);
    expect(res.status).toBe(201);
    expect((await stored('web-backup-2'))?.spec?.type).toBe('backup');
    expect(await auditedEvents(context)).toEqual([
      expect.objectContaining({ eventId: 'vm-backup', succeeded: true }),
    ]);
  });

  it('answers 400, 404, 409 and 403', async () => {
    const bad = await take('web', { name: 'x', type: 'full' });
    expect(bad.res.status).toBe(400);
    expect(bad.res.body.error.message).toMatch(/type/);
    expect((await take('ghost', { name: 'ghost-snap' })).res.status).toBe(404);
    expect((await take('web', { name: 'web-snap' })).res.status).toBe(409);
    const denied = await take('web', { name: 'bob-snap' }, ownedBy(bob));
    expect(denied.res.status).toBe(403);
    expect(await stored('bob-snap')).toBeUndefined();
  });

  it('deletes a backup the caller may manage', async () => {
    const { app: backups, context } = await app();
    const deleted = await request(backups)
      .delete(`${base()}/backups/gone-backup`)
      .set(asUser(bob));
    expect(deleted.status).toBe(200);
    expect(await stored('gone-backup')).toBeUndefined();
    expect(await auditedEvents(context)).toEqual([
      expect.objectContaining({ eventId: 'backup-delete', succeeded: true }),
    ]);

    const { app: bobs } = await app(ownedBy(bob));
    const path = `${base()}/backups/web-snap`;
    expect((await request(bobs).delete(path)).status).toBe(401);
    expect((await request(bobs).delete(path).set(asUser(bob))).status).toBe(
      403,
    );
    expect(await stored('web-snap')).toBeDefined();
  });
});
