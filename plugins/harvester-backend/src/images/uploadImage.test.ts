import {
  FakeHarvesterUploadApi,
  startFakeHarvesterUploadApi,
} from '@internal/plugin-harvester-backend-module-demo-cluster';
import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_IMAGE_RESOURCE_TYPE,
  HARVESTER_LABELS,
} from '@internal/plugin-harvester-common';
import http from 'node:http';
import { once } from 'node:events';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { auditedEvents } from '../__testUtils__/auditedEvents';
import { createTestCluster, TestCluster } from '../__testUtils__/testCluster';
import {
  areaTestApp,
  asUser,
  resourceCondition,
  TestGrants,
} from '../__testUtils__/testContext';
import { localApiServer } from '../__testUtils__/testRegistry';
import { imageGrants, imageTester } from './__testUtils__/imageFixture';
import { createImagesRouter } from './createImagesRouter';

const alice = imageTester;

/** Sends `file` in two halves, calling `between` after the first. */
async function postInHalves(
  app: http.RequestListener,
  path: string,
  file: Buffer,
  between: () => Promise<void>,
) {
  const server = http.createServer(app).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  try {
    const req = http.request(`http://127.0.0.1:${port}${path}`, {
      method: 'POST',
      headers: {
        ...asUser(alice),
        'content-type': 'application/octet-stream',
        'content-length': file.length,
      },
    });
    const answer = once(req, 'response').then(async ([res]) => {
      let text = '';
      for await (const chunk of res) text += chunk;
      return { status: res.statusCode, body: JSON.parse(text) };
    });
    req.write(file.subarray(0, file.length / 2));
    await between();
    req.end(file.subarray(file.length / 2));
    return await answer;
  } finally {
    server.close();
  }
}

/**
 * Uploads against the real kube-apiserver, with Harvester's upload action
 * served by the demo module's FakeHarvesterUploadApi in front of it.
 */
describe('image uploads', () => {
  let harvesterApi: FakeHarvesterUploadApi;
  let cluster: TestCluster;
  let ns: string;

  beforeAll(async () => {
    harvesterApi = await startFakeHarvesterUploadApi(localApiServer());
    cluster = await createTestCluster({
      owner: 'group:default/images',
      harvesterApiUrl: harvesterApi.url,
    });
    ns = cluster.namespace;
  });

  afterAll(async () => {
    await cluster?.cleanup();
    await harvesterApi?.close();
  });

  const app = (grants: TestGrants = imageGrants) =>
    areaTestApp(createImagesRouter, cluster.registry, grants);
  const uploadPath = (query: Record<string, string>) =>
    `/clusters/${
      cluster.definition.name
    }/namespaces/${ns}/images/upload?${new URLSearchParams(query)}`;
  const imageNames = async () =>
    (await cluster.client.list('image', { namespace: ns })).items.map(
      i => i.metadata.name,
    );

  it('streams the file to Harvester while it arrives and answers the Active image', async () => {
    const { app: images, context } = await app();
    const file = Buffer.alloc(2 * 2 ** 20, 1);
    const path = uploadPath({
      name: 'noble',
      displayName: 'Ubuntu 24.04',
      description: 'uploaded',
      tags: 'os=linux',
      fileName: 'noble.img',
    });
    const { status, body } = await postInHalves(images, path, file, () =>
      // Harvester reports the first half while the second is not sent:
      // nothing on the way holds the whole file.
      cluster.cached('image', ns, 'noble', image =>
        Boolean(image && image.status?.progress >= 45),
      ),
    );
    expect(status).toBe(201);
    expect(body).toMatchObject({
      name: 'noble',
      displayName: 'Ubuntu 24.04',
      sourceType: 'upload',
      state: 'Active',
      progress: 100,
      sizeBytes: file.length,
      owner: 'group:default/images',
      tags: ['os', 'os=linux'],
    });
    const image = await cluster.client.get('image', ns, 'noble');
    expect(image?.spec).toMatchObject({
      displayName: 'Ubuntu 24.04',
      sourceType: 'upload',
      description: 'uploaded',
    });
    expect(image?.metadata.annotations).toMatchObject({
      [HARVESTER_LABELS.imageFileName]: 'noble.img',
      [HARVESTER_ANNOTATIONS.createdBy]: alice,
    });
    expect(await auditedEvents(context)).toEqual([
      {
        eventId: 'image-upload',
        meta: expect.objectContaining({
          displayName: 'Ubuntu 24.04',
          fileName: 'noble.img',
          sizeBytes: file.length,
        }),
        succeeded: true,
        failed: false,
      },
    ]);
  });

  it('refuses a request without a display name, size or octet-stream with 400, creating nothing', async () => {
    const { app: images } = await app();
    const before = await imageNames();
    const noName = await request(images)
      .post(uploadPath({ name: 'bad' }))
      .set(asUser(alice))
      .set('content-type', 'application/octet-stream')
      .send(Buffer.alloc(512));
    expect(noName.status).toBe(400);
    expect(noName.body.error.message).toMatch('displayName');

    const noSize = request(images)
      .post(uploadPath({ name: 'bad', displayName: 'Bad' }))
      .set(asUser(alice))
      .set('content-type', 'application/octet-stream');
    // Written without a length: sent chunked.
    noSize.write(Buffer.alloc(512));
    const chunked = await noSize;
    expect(chunked.status).toBe(400);
    expect(chunked.body.error.message).toMatch(
      "content-length: required: the file's size in bytes",
    );

    const json = await request(images)
      .post(uploadPath({ name: 'bad', displayName: 'Bad' }))
      .set(asUser(alice))
      .send({ file: 'not a file' });
    expect(json.status).toBe(400);
    expect(json.body.error.message).toMatch(
      'content-type: must be application/octet-stream',
    );
    expect(await imageNames()).toEqual(before);
  });

  it('answers 401 without a user and 403 outside the policy, creating nothing', async () => {
    const path = uploadPath({ name: 'denied', displayName: 'Denied' });
    const { app: anonymous } = await app();
    await request(anonymous)
      .post(path)
      .set('content-type', 'application/octet-stream')
      .send(Buffer.alloc(512))
      .expect(401);
    const { app: elsewhere, context } = await app({
      'harvester.image.manage': resourceCondition(
        HARVESTER_IMAGE_RESOURCE_TYPE,
        'namespace',
        ['elsewhere'],
      ),
    });
    const denied = await request(elsewhere)
      .post(path)
      .set(asUser(alice))
      .set('content-type', 'application/octet-stream')
      .send(Buffer.alloc(512));
    expect(denied.status).toBe(403);
    expect(await cluster.client.get('image', ns, 'denied')).toBeUndefined();
    expect(await auditedEvents(context)).toEqual([]);
  });

  it("deletes the image again when Harvester fails the upload, answering Harvester's error", async () => {
    const { app: images, context } = await app();
    const res = await request(images)
      .post(uploadPath({ name: 'odd', displayName: 'Odd size' }))
      .set(asUser(alice))
      .set('content-type', 'application/octet-stream')
      .send(Buffer.alloc(1000));
    expect(res.status).toBe(503);
    expect(res.body.error.message).toBe(
      `Cluster ${cluster.definition.name}'s Harvester API failed the image upload: ${harvesterApi.url} answered HTTP 500: the uploaded file size 1000 should be a multiple of 512 bytes since Longhorn uses directIO by default`,
    );
    expect(await cluster.client.get('image', ns, 'odd')).toBeUndefined();
    expect(await auditedEvents(context)).toEqual([
      expect.objectContaining({ eventId: 'image-upload', failed: true }),
    ]);
  });

  it('deletes the image again when the caller goes away mid-upload', async () => {
    const { app: images } = await app();
    const server = http.createServer(images).listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      const req = http.request(
        `http://127.0.0.1:${port}${uploadPath({
          name: 'gone',
          displayName: 'Gone',
        })}`,
        {
          method: 'POST',
          headers: {
            ...asUser(alice),
            'content-type': 'application/octet-stream',
            'content-length': 2 ** 20,
          },
        },
      );
      req.on('error', () => undefined);
      req.write(Buffer.alloc(2 ** 19));
      await cluster.cached('image', ns, 'gone', image =>
        Boolean(image && image.status?.progress >= 45),
      );
      req.destroy();
      await cluster.cached('image', ns, 'gone', image => image === undefined);
      expect(await cluster.client.get('image', ns, 'gone')).toBeUndefined();
    } finally {
      server.close();
    }
  });
});
