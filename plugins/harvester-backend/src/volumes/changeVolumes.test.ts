import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_VOLUME_RESOURCE_TYPE,
} from '@internal/plugin-harvester-common';
import request from 'supertest';
import { auditedEvents } from '../__testUtils__/auditedEvents';
import { createTestCluster, TestCluster } from '../__testUtils__/testCluster';
import { asUser, resourceCondition } from '../__testUtils__/testContext';
import { writeStatus } from '../__testUtils__/writeStatus';
import { vmFixtures } from '../vms/__testUtils__/vmFixtures';
import {
  storageClassFixture,
  volumesTestApp,
} from './__testUtils__/volumesTestApp';

const GiB = 2 ** 30;
const alice = 'user:default/alice';

describe('PATCH and DELETE /clusters/:cluster/namespaces/:namespace/volumes/:name', () => {
  let cluster: TestCluster;
  let fixtures: ReturnType<typeof vmFixtures>;
  let ns: string;
  let expandable: string;

  beforeAll(async () => {
    cluster = await createTestCluster({ owner: 'group:default/storage' });
    ns = cluster.namespace;
    fixtures = vmFixtures(cluster);
    expandable = await storageClassFixture(cluster);
    await fixtures.pvc('data', '10Gi', {
      [HARVESTER_ANNOTATIONS.owner]: alice,
    });
    await fixtures.vm('web', { claims: ['data'] });
  });

  afterAll(async () => {
    await cluster?.client.delete('storageClass', undefined, expandable);
    await cluster?.cleanup();
  });

  const volumePath = (name: string) =>
    `/clusters/${cluster.definition.name}/namespaces/${ns}/volumes/${name}`;

  it('grows a volume and refuses to shrink it', async () => {
    // The API server resizes only bound claims of an expandable class.
    await cluster.client.create('pvc', {
      metadata: { name: 'grow', namespace: ns },
      spec: {
        storageClassName: expandable,
        accessModes: ['ReadWriteMany'],
        resources: { requests: { storage: '10Gi' } },
      },
    });
    await writeStatus(cluster, 'pvc', 'grow', {
      phase: 'Bound',
      capacity: { storage: '10Gi' },
    });
    const { app, context } = await volumesTestApp(cluster);
    const expand = (name: string, size: string) =>
      request(app).patch(volumePath(name)).set(asUser(alice)).send({ size });

    const shrink = await expand('grow', '5Gi');
    expect(shrink.status).toBe(400);
    expect(shrink.body.error.message).toMatch(
      'can only grow: 5Gi is not larger than its current 10Gi',
    );
    expect((await expand('grow', '10Gi')).status).toBe(400);
    const grown = await expand('grow', '15Gi');
    expect(grown.status).toBe(200);
    // The size shown stays the capacity until Longhorn has resized it;
    // until then the volume says what it is growing to.
    expect(grown.body.sizeBytes).toBe(10 * GiB);
    expect(grown.body.resizingToBytes).toBe(15 * GiB);
    const pvc = await cluster.client.get('pvc', ns, 'grow');
    expect(pvc?.spec?.resources?.requests?.storage).toBe('15Gi');
    expect(await auditedEvents(context)).toEqual([
      expect.objectContaining({
        eventId: 'volume-expand',
        meta: expect.objectContaining({ before: '10Gi', after: '15Gi' }),
        succeeded: true,
      }),
    ]);
    await writeStatus(cluster, 'pvc', 'grow', {
      phase: 'Bound',
      capacity: { storage: '15Gi' },
    });
    const listed = await request(app)
      .get(`/volumes?namespace=${ns}&q=grow`)
      .set(asUser(alice));
    expect(listed.body.items).toEqual([
      expect.objectContaining({ name: 'grow', sizeBytes: 15 * GiB }),
    ]);
    expect(listed.body.items[0]).not.toHaveProperty('resizingToBytes');
    expect((await expand('ghost', '1Gi')).status).toBe(404);
    expect((await expand('grow', 'lots')).status).toBe(400);
  });

  it('refuses to delete a volume while a VM mounts it and deletes it otherwise', async () => {
    const { app, context } = await volumesTestApp(cluster);
    const inUse = await request(app)
      .delete(volumePath('data'))
      .set(asUser(alice));
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.message).toMatch(`used by VM ${ns}/web`);
    expect(await cluster.client.get('pvc', ns, 'data')).toBeDefined();

    await fixtures.pvc('spare', '1Gi');
    const deleted = await request(app)
      .delete(volumePath('spare'))
      .set(asUser(alice));
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ ok: true });
    const gone = await cluster.client.get('pvc', ns, 'spare');
    // PVCs carry the pvc-protection finalizer only where a controller adds it.
    expect(gone === undefined || Boolean(gone.metadata.deletionTimestamp)).toBe(
      true,
    );
    expect(await auditedEvents(context)).toEqual([
      expect.objectContaining({ eventId: 'volume-delete', succeeded: true }),
    ]);
  });

  it('answers 401 and 403 before changing anything', async () => {
    await fixtures.pvc('team-owned', '1Gi');
    const { app } = await volumesTestApp(cluster, {
      'harvester.volume.manage': resourceCondition(
        HARVESTER_VOLUME_RESOURCE_TYPE,
        'owner',
        [alice],
      ),
    });
    expect((await request(app).delete(volumePath('team-owned'))).status).toBe(
      401,
    );
    const denied = await request(app)
      .delete(volumePath('team-owned'))
      .set(asUser(alice));
    expect(denied.status).toBe(403);
    expect(await cluster.client.get('pvc', ns, 'team-owned')).toBeDefined();
  });
});
