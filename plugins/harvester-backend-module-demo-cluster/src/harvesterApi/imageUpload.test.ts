import {
  postUpload,
  qcow2File,
  uploadImage,
} from '../__testUtils__/imageUploads';
import { FakeKubernetesApiServer } from '../fakeApiServer/FakeKubernetesApiServer';
import { KubeApiClient } from '../kube/KubeApiClient';
import { conditionOf } from '../kube/KubeObject';

/** Harvester's upload action as the demo clusters' fake API server serves it. */
describe('image uploads on the FakeKubernetesApiServer', () => {
  const namespace = 'images';
  let server: FakeKubernetesApiServer;
  let api: KubeApiClient;

  beforeAll(async () => {
    server = await FakeKubernetesApiServer.start();
    api = new KubeApiClient({ url: server.url, token: server.token });
    await api.create('namespace', { metadata: { name: namespace } });
  });

  afterAll(async () => {
    api.close();
    await server.stop();
  });

  it('stores the file of an upload image: Imported with its size, virtual size and storage class', async () => {
    await api.create('image', uploadImage('noble', namespace));
    const file = qcow2File(3 * 2 ** 20, 10 * 2 ** 30);
    const res = await postUpload(
      server.url,
      { namespace, name: 'noble' },
      file,
      {
        token: server.token,
      },
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');

    const image = await api.get('image', namespace, 'noble');
    expect(image?.status).toMatchObject({
      progress: 100,
      size: 3 * 2 ** 20,
      virtualSize: 10 * 2 ** 30,
      storageClassName: 'longhorn-noble',
    });
    expect(conditionOf(image, 'Initialized')?.status).toBe('True');
    expect(conditionOf(image, 'Imported')).toMatchObject({
      status: 'True',
      reason: 'Imported',
    });
  });

  it('fails the upload as Longhorn does, marking the image UploadFailed', async () => {
    await api.create('image', uploadImage('odd', namespace));
    const odd = await postUpload(
      server.url,
      { namespace, name: 'odd' },
      Buffer.alloc(1000),
      { token: server.token },
    );
    expect(odd.status).toBe(500);
    expect(await odd.text()).toBe(
      'the uploaded file size 1000 should be a multiple of 512 bytes since Longhorn uses directIO by default',
    );
    expect(
      conditionOf(await api.get('image', namespace, 'odd'), 'Imported'),
    ).toMatchObject({ status: 'False', reason: 'UploadFailed' });

    await api.create('image', uploadImage('nameless', namespace));
    const wrongField = await postUpload(
      server.url,
      { namespace, name: 'nameless' },
      Buffer.alloc(512),
      { token: server.token, field: 'file' },
    );
    expect(wrongField.status).toBe(500);
    expect(await wrongField.text()).toMatch("doesn't contain form 'chunk'");

    await api.create('image', uploadImage('short', namespace));
    const short = await postUpload(
      server.url,
      { namespace, name: 'short' },
      Buffer.alloc(512),
      { token: server.token, size: 1024 },
    );
    expect(short.status).toBe(500);
    expect(await short.text()).toMatch('has 512 bytes, not 1024');
  });

  it('answers Steve errors for a missing image and 401 without the token', async () => {
    const missing = await postUpload(
      server.url,
      { namespace, name: 'ghost' },
      Buffer.alloc(512),
      { token: server.token },
    );
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({
      type: 'error',
      code: 'NotFound',
      message: 'virtualmachineimages.harvesterhci.io "ghost" not found',
    });
    const anonymous = await postUpload(
      server.url,
      { namespace, name: 'noble' },
      Buffer.alloc(512),
    );
    expect(anonymous.status).toBe(401);
  });
});
