import request from 'supertest';
import { auditedEvents } from '../__testUtils__/auditedEvents';
import { createTestCluster, TestCluster } from '../__testUtils__/testCluster';
import { asUser, TestGrants } from '../__testUtils__/testContext';
import {
  alice,
  backupsTestApp,
  bob,
  ownedBy,
  seedBackups,
} from './__testUtils__/backupFixtures';

describe('POST /clusters/:cluster/namespaces/:namespace/backups/:name/restore', () => {
  let cluster: TestCluster;
  let ns: string;

  beforeAll(async () => {
    cluster = await createTestCluster({ owner: 'group:default/infra' });
    ns = cluster.namespace;
    await seedBackups(cluster);
  });

  afterAll(() => cluster?.cleanup());

  const restore = async (name: string, body: object, grants?: TestGrants) => {
    const { app, context } = await backupsTestApp(cluster, { grants });
    const res = await request(app)
      .post(
        `/clusters/${cluster.definition.name}/namespaces/${ns}/backups/${name}/restore`,
      )
      .set(asUser(alice))
      .send(body);
    return { res, context };
  };
  const restoresOf = async (vm: string) =>
    (await cluster.client.list('restore', { namespace: ns })).items.filter(
      r => r.spec?.target?.name === vm,
    );

  it('restores into a new VM', async () => {
    const { res, context } = await restore('web-snap', {
      mode: 'new',
      newVmName: 'web-copy',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      ok: true,
      target: `${cluster.definition.name}/${ns}/web-copy`,
    });
    const [created] = await restoresOf('web-copy');
    expect(created.metadata.name).toMatch(/^restore-web-snap-/);
    expect(created.spec).toEqual({
      target: {
        apiGroup: 'kubevirt.io',
        kind: 'VirtualMachine',
        name: 'web-copy',
      },
      virtualMachineBackupName: 'web-snap',
      virtualMachineBackupNamespace: ns,
      newVM: true,
      deletionPolicy: 'retain',
    });
    expect(await auditedEvents(context)).toEqual([
      expect.objectContaining({ eventId: 'vm-restore', succeeded: true }),
    ]);
  });

  it('replaces a stopped VM, deleting its volumes when asked', async () => {
    const { res } = await restore('db-ready', {
      mode: 'replace',
      deletePreviousVolumes: true,
    });
    expect(res.status).toBe(201);
    const [created] = await restoresOf('db');
    expect(created.spec).toMatchObject({
      newVM: false,
      deletionPolicy: 'delete',
      virtualMachineBackupName: 'db-ready',
    });
  });

  it('refuses what Harvester refuses, creating nothing', async () => {
    const refusal = async (name: string, body: object) => {
      const { res } = await restore(name, body);
      expect(res.status).toBe(409);
      return res.body.error.message;
    };
    expect(await refusal('web-snap', { mode: 'new', newVmName: 'db' })).toMatch(
      `VM ${ns}/db already exists`,
    );
    expect(await refusal('web-snap', { mode: 'replace' })).toMatch(
      `VM ${ns}/web is Running: stop it`,
    );
    expect(await refusal('db-snap', { mode: 'replace' })).toMatch(
      'not ready to use yet (50%)',
    );
    expect(await refusal('gone-backup', { mode: 'replace' })).toMatch(
      'no longer exists: restore into a new VM',
    );
    expect(await restoresOf('web')).toEqual([]);
    expect(await restoresOf('gone')).toEqual([]);
  });

  it('answers 400, 404 and 403', async () => {
    const noName = await restore('web-snap', { mode: 'new' });
    expect(noName.res.status).toBe(400);
    expect(noName.res.body.error.message).toMatch(/newVmName/);
    expect((await restore('ghost', { mode: 'replace' })).res.status).toBe(404);
    const denied = await restore(
      'web-snap',
      { mode: 'new', newVmName: 'bobs-copy' },
      ownedBy(bob),
    );
    expect(denied.res.status).toBe(403);
    expect(await restoresOf('bobs-copy')).toEqual([]);
  });
});
