import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_IMAGE_RESOURCE_TYPE,
  HARVESTER_LABELS,
  ImageSummary,
} from '@internal/plugin-harvester-common';
import request from 'supertest';
import { auditedEvents } from '../__testUtils__/auditedEvents';
import { createTestCluster, TestCluster } from '../__testUtils__/testCluster';
import {
  areaTestApp,
  asUser,
  resourceCondition,
  TestGrants,
} from '../__testUtils__/testContext';
import { vmFixtures } from '../vms/__testUtils__/vmFixtures';
import {
  imageFixture,
  imageGrants,
  imageTester,
} from './__testUtils__/imageFixture';
import { createImagesRouter } from './createImagesRouter';

const alice = imageTester;

describe('images router', () => {
  let cluster: TestCluster;
  let ns: string;

  beforeAll(async () => {
    cluster = await createTestCluster({ owner: 'group:default/images' });
    ns = cluster.namespace;
    await imageFixture(cluster, 'ubuntu', {
      displayName: 'Ubuntu 24.04',
      imported: 'True',
      size: 600 * 2 ** 20,
      labels: { [`${HARVESTER_LABELS.tagPrefix}os`]: 'linux' },
    });
    await imageFixture(cluster, 'fedora', {
      imported: 'Unknown',
      progress: 40,
    });
    await imageFixture(cluster, 'broken', {
      imported: 'False',
      message: 'checksum mismatch',
    });
    await imageFixture(cluster, 'queued');
  });

  afterAll(() => cluster?.cleanup());

  const app = (grants: TestGrants = imageGrants) =>
    areaTestApp(createImagesRouter, cluster.registry, grants);
  const list = async (query = '', grants?: TestGrants) => {
    const res = await request((await app(grants)).app)
      .get(`/images?namespace=${ns}&${query}`)
      .set(asUser(alice));
    expect(res.status).toBe(200);
    return res.body as { items: ImageSummary[]; totalCount: number };
  };
  const imagesPath = (name = '') =>
    `/clusters/${cluster.definition.name}/namespaces/${ns}/images${
      name && `/${name}`
    }`;

  it('lists images with their state and progress', async () => {
    const page = await list();
    const byName = Object.fromEntries(page.items.map(i => [i.name, i]));
    expect(byName.ubuntu).toEqual({
      cluster: cluster.definition.name,
      namespace: ns,
      name: 'ubuntu',
      displayName: 'Ubuntu 24.04',
      sourceType: 'download',
      url: 'https://images.example/ubuntu.qcow2',
      progress: 100,
      sizeBytes: 600 * 2 ** 20,
      state: 'Active',
      storageClass: 'longhorn-ubuntu',
      owner: 'group:default/images',
      tags: ['os', 'os=linux'],
      labels: { [`${HARVESTER_LABELS.tagPrefix}os`]: 'linux' },
      createdAt: expect.stringMatching(/^\d{4}-/),
    });
    expect(byName.fedora).toMatchObject({ state: 'Downloading', progress: 40 });
    expect(byName.broken).toMatchObject({
      state: 'Failed',
      message: 'checksum mismatch',
    });
    expect(byName.queued).toMatchObject({ state: 'Pending', progress: 0 });
    expect((await list('q=fed')).items.map(i => i.name)).toEqual(['fedora']);
    expect(
      (await list('sort=-progress&limit=1')).items.map(i => i.name),
    ).toEqual(['ubuntu']);
  });

  it('applies the policy conditions and answers 401/403', async () => {
    const tagged = {
      'harvester.image.read': resourceCondition(
        HARVESTER_IMAGE_RESOURCE_TYPE,
        'tag',
        ['os=linux'],
      ),
    };
    expect((await list('', tagged)).items.map(i => i.name)).toEqual(['ubuntu']);
    const { app: denied } = await app({});
    await request(denied).get('/images').expect(401);
    await request(denied).get('/images').set(asUser(alice)).expect(403);
  });

  it('creates an image from a URL with the spec Harvester reads', async () => {
    const { app: images, context } = await app();
    const res = await request(images)
      .post(imagesPath())
      .set(asUser(alice))
      .send({
        displayName: 'Debian 12',
        url: 'https://cloud.debian.org/debian-12.qcow2',
        checksum: 'abc123',
        description: 'generic cloud image',
        tags: ['os=linux'],
      });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      displayName: 'Debian 12',
      state: 'Pending',
      tags: ['os', 'os=linux'],
    });
    const name: string = res.body.name;
    expect(name).toMatch(/^image-/);
    const image = await cluster.client.get('image', ns, name);
    expect(image?.spec).toMatchObject({
      displayName: 'Debian 12',
      sourceType: 'download',
      url: 'https://cloud.debian.org/debian-12.qcow2',
      checksum: 'abc123',
      description: 'generic cloud image',
    });
    expect(image?.metadata.labels).toEqual({
      [`${HARVESTER_LABELS.tagPrefix}os`]: 'linux',
    });
    expect(image?.metadata.annotations?.[HARVESTER_ANNOTATIONS.createdBy]).toBe(
      alice,
    );
    expect(await auditedEvents(context)).toEqual([
      expect.objectContaining({ eventId: 'image-create', succeeded: true }),
    ]);
  });

  it('creates a named image in a target storage class', async () => {
    await cluster.client.create('storageClass', {
      metadata: { name: `${ns}-fast` },
      provisioner: 'driver.longhorn.io',
    });
    try {
      const res = await request((await app()).app)
        .post(imagesPath())
        .set(asUser(alice))
        .send({
          name: 'alma',
          displayName: 'Alma',
          url: 'https://x.example/a.img',
          storageClass: `${ns}-fast`,
        });
      expect(res.status).toBe(201);
      const image = await cluster.client.get('image', ns, 'alma');
      expect(image?.spec?.targetStorageClassName).toBe(`${ns}-fast`);
      const missing = await request((await app()).app)
        .post(imagesPath())
        .set(asUser(alice))
        .send({
          displayName: 'Other',
          url: 'https://x.example/o.img',
          storageClass: 'nope',
        });
      expect(missing.status).toBe(400);
      expect(missing.body.error.message).toMatch(
        'storageClass: StorageClass nope not found',
      );
    } finally {
      await cluster.client.delete('storageClass', undefined, `${ns}-fast`);
    }
  });

  it('refuses a duplicate display name, bad input and callers outside the conditions', async () => {
    const { app: images } = await app();
    const duplicate = await request(images)
      .post(imagesPath())
      .set(asUser(alice))
      .send({ displayName: 'Ubuntu 24.04', url: 'https://x.example/u.img' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.message).toMatch(
      `Image ${ns}/ubuntu already has the display name`,
    );
    const bad = await request(images)
      .post(imagesPath())
      .set(asUser(alice))
      .send({ displayName: 'FTP', url: 'ftp://x.example/u.img' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/url/);
    const { app: elsewhere } = await app({
      'harvester.image.manage': resourceCondition(
        HARVESTER_IMAGE_RESOURCE_TYPE,
        'namespace',
        ['elsewhere'],
      ),
    });
    await request(elsewhere)
      .post(imagesPath())
      .set(asUser(alice))
      .send({
        name: 'denied',
        displayName: 'Denied',
        url: 'https://x.example/d.img',
      })
      .expect(403);
    expect(await cluster.client.get('image', ns, 'denied')).toBeUndefined();
  });

  it('refuses to delete an image volumes were made from, naming them', async () => {
    await vmFixtures(cluster).pvc('root', '10Gi', {
      [HARVESTER_LABELS.imageId]: `${ns}/ubuntu`,
    });
    const { app: images, context } = await app();
    const inUse = await request(images)
      .delete(imagesPath('ubuntu'))
      .set(asUser(alice));
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.message).toMatch(`used by volumes ${ns}/root`);
    expect(await cluster.client.get('image', ns, 'ubuntu')).toBeDefined();

    const deleted = await request(images)
      .delete(imagesPath('queued'))
      .set(asUser(alice));
    expect(deleted.status).toBe(200);
    expect(await cluster.client.get('image', ns, 'queued')).toBeUndefined();
    expect(await auditedEvents(context)).toEqual([
      expect.objectContaining({ eventId: 'image-delete', succeeded: true }),
    ]);
    await request(images)
      .delete(imagesPath('ghost'))
      .set(asUser(alice))
      .expect(404);
  });
});
