import {
  postUpload,
  qcow2File,
  uploadImage,
} from '../__testUtils__/imageUploads';
import {
  createTestNamespace,
  createUnprivilegedToken,
  realClusterConnection,
  removeTestNamespace,
} from '../__testUtils__/realCluster';
import { KubeApiClient } from '../kube/KubeApiClient';
import { conditionOf } from '../kube/KubeObject';
import {
  FakeHarvesterUploadApi,
  startFakeHarvesterUploadApi,
} from './startFakeHarvesterUploadApi';

/**
 * The fake Harvester upload action in front of the real kube-apiserver of
 * `scripts/services`: callers authorized by its RBAC, the image's status
 * written there.
 */
describe('startFakeHarvesterUploadApi', () => {
  jest.setTimeout(30_000);
  const connection = realClusterConnection();
  const upstream = new KubeApiClient(connection);
  let harvesterApi: FakeHarvesterUploadApi;
  let namespace: string;

  beforeAll(async () => {
    harvesterApi = await startFakeHarvesterUploadApi(connection);
    namespace = await createTestNamespace(upstream, 'h3-upload-api');
  });

  afterAll(async () => {
    await removeTestNamespace(upstream, namespace);
    upstream.close();
    await harvesterApi.close();
  });

  it('stores the file of an upload image on the real API server', async () => {
    await upstream.create('image', uploadImage('jammy', namespace));
    const res = await postUpload(
      harvesterApi.url,
      { namespace, name: 'jammy' },
      qcow2File(2 ** 20, 2 ** 30),
      { token: connection.token },
    );
    expect(res.status).toBe(200);
    const image = await upstream.get('image', namespace, 'jammy');
    expect(image?.status).toMatchObject({
      progress: 100,
      size: 2 ** 20,
      virtualSize: 2 ** 30,
    });
    expect(conditionOf(image, 'Imported')?.status).toBe('True');
  });

  it('authorizes callers with the upstream RBAC: 401 without a valid token, 403 without update on the image', async () => {
    const image = { namespace, name: 'jammy' };
    const file = Buffer.alloc(512);
    expect((await postUpload(harvesterApi.url, image, file)).status).toBe(401);
    expect(
      (await postUpload(harvesterApi.url, image, file, { token: 'nope' }))
        .status,
    ).toBe(401);

    const token = await createUnprivilegedToken(upstream, namespace);
    const denied = await postUpload(harvesterApi.url, image, file, {
      token: token,
    });
    expect(denied.status).toBe(403);
    expect(await denied.json()).toMatchObject({
      type: 'error',
      code: 'Forbidden',
    });
  });
});
