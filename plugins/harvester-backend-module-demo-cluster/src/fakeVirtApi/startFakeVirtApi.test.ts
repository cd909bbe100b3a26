import { KubeConfig, Watch } from '@kubernetes/client-node';
import {
  createTestNamespace,
  createUnprivilegedToken,
  realClusterConnection,
  removeTestNamespace,
} from '../__testUtils__/realCluster';
import { KubeApiClient } from '../kube/KubeApiClient';
import { KubeObject } from '../kube/KubeObject';
import { instanceFor } from '../kubevirt/virtualMachines';
import { FakeVirtApi, startFakeVirtApi } from './startFakeVirtApi';

const vmBody = (name: string, runStrategy: string): KubeObject => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name },
  spec: {
    runStrategy,
    template: {
      spec: {
        domain: { cpu: { cores: 1 }, memory: { guest: '1Gi' }, devices: {} },
      },
    },
  },
});

/**
 * The fake virt-api in front of the real kube-apiserver of
 * `scripts/services`: subresources written through to it, everything else
 * proxied, callers authorized by the real server's RBAC.
 */
describe('startFakeVirtApi', () => {
  jest.setTimeout(30_000);
  const connection = realClusterConnection();
  const upstream = new KubeApiClient(connection);
  let virtApi: FakeVirtApi;
  let api: KubeApiClient;
  let namespace: string;

  const subresource = (
    resource: string,
    name: string,
    action: string,
    body?: unknown,
  ) =>
    api.request(
      'PUT',
      `/apis/subresources.kubevirt.io/v1/namespaces/${namespace}/${resource}/${name}/${action}`,
      body,
    );

  /** A VM with a running VMI, as virt-controller would leave it. */
  async function runningVm(name: string) {
    const vm = await api.create('vm', {
      ...vmBody(name, 'Always'),
      metadata: { name, namespace },
    });
    return api.create('vmi', {
      ...instanceFor(vm),
      status: { phase: 'Running', nodeName: 'host-a' },
    });
  }

  beforeAll(async () => {
    virtApi = await startFakeVirtApi(connection);
    api = new KubeApiClient({ url: virtApi.url, token: connection.token });
    namespace = await createTestNamespace(upstream, 'h3-virt-api');
  });

  afterAll(async () => {
    await removeTestNamespace(upstream, namespace);
    api.close();
    upstream.close();
    await virtApi.close();
  });

  it('restarts a VM by replacing its VMI', async () => {
    const before = await runningVm('web');
    await subresource('virtualmachines', 'web', 'restart', {});
    const after = await upstream.get('vmi', namespace, 'web');
    expect(after?.metadata.uid).toBeDefined();
    expect(after?.metadata.uid).not.toBe(before.metadata.uid);
    expect(after?.status?.phase).toBeUndefined();
    expect(after?.metadata.ownerReferences?.[0]).toMatchObject({
      kind: 'VirtualMachine',
      name: 'web',
    });

    await api.create('vm', {
      ...vmBody('off', 'Halted'),
      metadata: { name: 'off', namespace },
    });
    await expect(
      subresource('virtualmachines', 'off', 'restart'),
    ).rejects.toMatchObject({
      code: 409,
      message: 'Halted does not support manual restart requests',
    });
    await expect(
      subresource('virtualmachines', 'missing', 'restart'),
    ).rejects.toMatchObject({ code: 404 });
  });

  it('pauses and unpauses a running VMI, reflected on its VM', async () => {
    await runningVm('db');
    await subresource('virtualmachineinstances', 'db', 'pause', {});
    const paused = await upstream.get('vmi', namespace, 'db');
    expect(paused?.status.conditions).toContainEqual(
      expect.objectContaining({
        type: 'Paused',
        status: 'True',
        reason: 'PausedByUser',
      }),
    );
    expect(
      (await upstream.get('vm', namespace, 'db'))?.status?.printableStatus,
    ).toBe('Paused');
    await expect(
      subresource('virtualmachineinstances', 'db', 'pause'),
    ).rejects.toMatchObject({ code: 409 });

    await subresource('virtualmachineinstances', 'db', 'unpause');
    const resumed = await upstream.get('vmi', namespace, 'db');
    expect(resumed?.status.conditions ?? []).not.toContainEqual(
      expect.objectContaining({ type: 'Paused' }),
    );
    expect(
      (await upstream.get('vm', namespace, 'db'))?.status?.printableStatus,
    ).toBe('Running');
  });

  it('starts a Halted VM and stops an Always one through runStrategy; a dry run changes nothing', async () => {
    await api.create('vm', {
      ...vmBody('batch', 'Halted'),
      metadata: { name: 'batch', namespace },
    });
    await subresource('virtualmachines', 'batch', 'start', { dryRun: ['All'] });
    expect(
      (await upstream.get('vm', namespace, 'batch'))?.spec.runStrategy,
    ).toBe('Halted');
    await subresource('virtualmachines', 'batch', 'start');
    expect(
      (await upstream.get('vm', namespace, 'batch'))?.spec.runStrategy,
    ).toBe('Always');
    await subresource('virtualmachines', 'batch', 'stop');
    expect(
      (await upstream.get('vm', namespace, 'batch'))?.spec.runStrategy,
    ).toBe('Halted');
  });

  it('authorizes subresource callers with the upstream RBAC: 401 without a valid token, 403 when denied', async () => {
    const path = `/apis/subresources.kubevirt.io/v1/namespaces/${namespace}/virtualmachines/web/restart`;
    const put = (headers: Record<string, string>) =>
      fetch(`${virtApi.url}${path}`, { method: 'PUT', headers });
    expect((await put({})).status).toBe(401);
    expect((await put({ authorization: 'Bearer not-a-token' })).status).toBe(
      401,
    );

    const token = await createUnprivilegedToken(upstream, namespace);
    const denied = await put({ authorization: `Bearer ${token}` });
    expect(denied.status).toBe(403);
    expect(await denied.json()).toMatchObject({
      kind: 'Status',
      code: 403,
      reason: 'Forbidden',
    });
  });

  it('proxies everything else unchanged, watches included', async () => {
    const missing = await fetch(
      `${virtApi.url}/apis/kubevirt.io/v1/namespaces/${namespace}/virtualmachines/none`,
      {
        headers: { authorization: `Bearer ${connection.token}` },
      },
    );
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({
      kind: 'Status',
      reason: 'NotFound',
    });

    const kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [
        { name: 'virt-api', server: virtApi.url, skipTLSVerify: true },
      ],
      users: [{ name: 'user', token: connection.token }],
      contexts: [{ name: 'virt-api', cluster: 'virt-api', user: 'user' }],
      currentContext: 'virt-api',
    });
    const { metadata } = await api.request(
      'GET',
      `/apis/kubevirt.io/v1/namespaces/${namespace}/virtualmachines`,
    );
    let abort: AbortController | undefined;
    const added = new Promise<string>((resolve, reject) => {
      new Watch(kc)
        .watch(
          `/apis/kubevirt.io/v1/namespaces/${namespace}/virtualmachines`,
          { resourceVersion: metadata.resourceVersion },
          (type, object) => type === 'ADDED' && resolve(object.metadata.name),
          error => error && reject(error),
        )
        .then(controller => (abort = controller), reject);
    });
    await new Promise(resolve => setTimeout(resolve, 200));
    await upstream.create('vm', {
      ...vmBody('watched', 'Halted'),
      metadata: { name: 'watched', namespace },
    });
    expect(await added).toBe('watched');
    abort?.abort();
  });
});
