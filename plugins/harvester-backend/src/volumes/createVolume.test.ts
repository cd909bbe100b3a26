import {
  HARVESTER_LABELS,
  HARVESTER_VOLUME_RESOURCE_TYPE,
} from '@internal/plugin-harvester-common';
import request from 'supertest';
import { auditedEvents } from '../__testUtils__/auditedEvents';
import { createTestCluster, TestCluster } from '../__testUtils__/testCluster';
import {
  asUser,
  resourceCondition,
  TestGrants,
} from '../__testUtils__/testContext';
import { imageFixture } from '../images/__testUtils__/imageFixture';
import {
  storageClassFixture,
  volumesTestApp,
} from './__testUtils__/volumesTestApp';

const GiB = 2 ** 30;
const alice = 'user:default/alice';

describe('POST /clusters/:cluster/namespaces/:namespace/volumes', () => {
  let cluster: TestCluster;
  let ns: string;
  let defaultClass: string;
  let otherClass: string;

  beforeAll(async () => {
    cluster = await createTestCluster({ owner: 'group:default/storage' });
    ns = cluster.namespace;
    await imageFixture(cluster, 'ubuntu', { imported: 'True', size: GiB });
    await imageFixture(cluster, 'fedora', {
      imported: 'Unknown',
      progress: 40,
    });
    defaultClass = await storageClassFixture(cluster, { isDefault: true });
    otherClass = await storageClassFixture(cluster);
  });

  afterAll(async () => {
    for (const name of [defaultClass, otherClass]) {
      await cluster?.client.delete('storageClass', undefined, name);
    }
    await cluster?.cleanup();
  });

  const create = async (body: object, grants?: TestGrants) => {
    const { app, context } = await volumesTestApp(cluster, grants);
    const res = await request(app)
      .post(`/clusters/${cluster.definition.name}/namespaces/${ns}/volumes`)
      .set(asUser(alice))
      .send(body);
    return { res, context };
  };
  const pvc = (name: string) => cluster.client.get('pvc', ns, name);

  it('creates a volume from an Active image through its storage class', async () => {
    const { res, context } = await create({
      name: 'from-image',
      size: '20Gi',
      image: `${ns}/ubuntu`,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'from-image',
      imageId: `${ns}/ubuntu`,
      sizeBytes: 20 * GiB,
    });
    const created = await pvc('from-image');
    expect(created?.metadata.annotations?.[HARVESTER_LABELS.imageId]).toBe(
      `${ns}/ubuntu`,
    );
    expect(created?.spec).toMatchObject({
      storageClassName: 'longhorn-ubuntu',
      accessModes: ['ReadWriteMany'],
      volumeMode: 'Block',
      resources: { requests: { storage: '20Gi' } },
    });
    expect(await auditedEvents(context)).toEqual([
      expect.objectContaining({ eventId: 'volume-create', succeeded: true }),
    ]);
  });

  it('refuses an image that is missing or not Active', async () => {
    const missing = await create({
      name: 'no-image',
      size: '1Gi',
      image: 'ghost',
    });
    expect(missing.res.status).toBe(400);
    expect(missing.res.body.error.message).toMatch(
      `image: image ${ns}/ghost not found`,
    );
    const busy = await create({ name: 'busy', size: '1Gi', image: 'fedora' });
    expect(busy.res.status).toBe(400);
    expect(busy.res.body.error.message).toMatch(/Downloading, not Active/);
    const other = await create({
      name: 'other-class',
      size: '1Gi',
      image: 'ubuntu',
      storageClass: otherClass,
    });
    expect(other.res.status).toBe(400);
    expect(other.res.body.error.message).toMatch(
      /storageClass: .* longhorn-ubuntu/,
    );
    expect(await pvc('no-image')).toBeUndefined();
    expect(await pvc('busy')).toBeUndefined();
  });

  it('creates blank volumes in the given or the default storage class', async () => {
    const given = await create({
      name: 'blank-given',
      size: '2Gi',
      storageClass: otherClass,
      volumeMode: 'Filesystem',
      accessMode: 'ReadWriteOnce',
    });
    expect(given.res.status).toBe(201);
    expect((await pvc('blank-given'))?.spec).toMatchObject({
      storageClassName: otherClass,
      volumeMode: 'Filesystem',
      accessModes: ['ReadWriteOnce'],
    });
    expect(
      (await create({ name: 'blank-default', size: '2Gi' })).res.status,
    ).toBe(201);
    const blank = await pvc('blank-default');
    expect(blank?.spec?.storageClassName).toBe(defaultClass);
    expect(
      blank?.metadata.annotations?.[HARVESTER_LABELS.imageId],
    ).toBeUndefined();
    const unknown = await create({
      name: 'blank-unknown',
      size: '2Gi',
      storageClass: 'nope',
    });
    expect(unknown.res.status).toBe(400);
    expect(unknown.res.body.error.message).toMatch(
      /storageClass: StorageClass nope not found/,
    );
  });

  it('answers 400 naming the field, 409 when it exists, 403 outside the conditions', async () => {
    const bad = await create({ name: 'Bad_Name', size: '1Gi' });
    expect(bad.res.status).toBe(400);
    expect(bad.res.body.error.message).toMatch(/name/);
    const again = await create({
      name: 'blank-given',
      size: '1Gi',
      storageClass: otherClass,
    });
    expect(again.res.status).toBe(409);
    const elsewhere = {
      'harvester.volume.manage': resourceCondition(
        HARVESTER_VOLUME_RESOURCE_TYPE,
        'namespace',
        ['elsewhere'],
      ),
    };
    expect(
      (await create({ name: 'denied', size: '1Gi' }, elsewhere)).res.status,
    ).toBe(403);
    expect(await pvc('denied')).toBeUndefined();
  });
});
