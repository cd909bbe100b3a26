import {
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  PatchStrategy,
  setHeaderOptions,
} from '@kubernetes/client-node';
import { kubeConfigFor, vm, vmKind } from '../__testUtils__/fakeServerClients';
import { FakeKubernetesApiServer } from './FakeKubernetesApiServer';

describe('FakeKubernetesApiServer REST', () => {
  let server: FakeKubernetesApiServer;
  let kc: KubeConfig;
  let core: CoreV1Api;
  let custom: CustomObjectsApi;
  const namespace = 'tenant-a';

  beforeEach(async () => {
    server = await FakeKubernetesApiServer.start();
    kc = kubeConfigFor(server);
    core = kc.makeApiClient(CoreV1Api);
    custom = kc.makeApiClient(CustomObjectsApi);
    await core.createNamespace({ body: { metadata: { name: namespace } } });
  });

  afterEach(() => server.stop());

  it('answers 401 without the bearer token and serves health without one', async () => {
    const anonymous = kubeConfigFor(server, 'wrong').makeApiClient(CoreV1Api);
    await expect(anonymous.listNode()).rejects.toMatchObject({ code: 401 });
    expect(await (await fetch(`${server.url}/readyz`)).text()).toBe('ok');
  });

  it('creates with generateName, gets, lists with selectors and pages with limit/continue', async () => {
    for (const [name, tier] of [
      ['web-1', 'web'],
      ['web-2', 'web'],
      ['db-1', 'db'],
    ]) {
      await custom.createNamespacedCustomObject({
        ...vmKind,
        namespace,
        body: vm(name, { tier }),
      });
    }
    const generated = await custom.createNamespacedCustomObject({
      ...vmKind,
      namespace,
      body: { ...vm(''), metadata: { generateName: 'batch-' } },
    });
    expect(generated.metadata.name).toMatch(/^batch-[a-z0-9]{5}$/);
    expect(generated.metadata).toMatchObject({ namespace, generation: 1 });
    expect(generated.metadata.uid).toBeTruthy();

    const web = await custom.listNamespacedCustomObject({
      ...vmKind,
      namespace,
      labelSelector: 'tier in (web)',
    });
    expect(web.items.map((i: any) => i.metadata.name)).toEqual([
      'web-1',
      'web-2',
    ]);
    const notWeb = await custom.listClusterCustomObject({
      ...vmKind,
      labelSelector: 'tier,tier!=web',
    });
    expect(notWeb.items.map((i: any) => i.metadata.name)).toEqual(['db-1']);
    const byName = await custom.listNamespacedCustomObject({
      ...vmKind,
      namespace,
      fieldSelector: 'metadata.name=web-2',
    });
    expect(byName.items).toHaveLength(1);

    const first = await custom.listNamespacedCustomObject({
      ...vmKind,
      namespace,
      limit: 3,
    });
    expect(first.items).toHaveLength(3);
    expect(first.metadata.remainingItemCount).toBe(1);
    const rest = await custom.listNamespacedCustomObject({
      ...vmKind,
      namespace,
      limit: 3,
      _continue: first.metadata.continue,
    });
    expect(rest.items.map((i: any) => i.metadata.name)).toEqual(['web-2']);
    expect(rest.metadata.continue).toBeUndefined();

    await expect(
      custom.getNamespacedCustomObject({ ...vmKind, namespace, name: 'nope' }),
    ).rejects.toMatchObject({ code: 404 });
    await expect(
      custom.createNamespacedCustomObject({
        ...vmKind,
        namespace,
        body: vm('web-1'),
      }),
    ).rejects.toMatchObject({ code: 409 });
    await expect(
      custom.createNamespacedCustomObject({
        ...vmKind,
        namespace: 'missing',
        body: vm('x'),
      }),
    ).rejects.toMatchObject({ code: 404 });
    await expect(
      custom.createNamespacedCustomObject({
        ...vmKind,
        namespace,
        body: vm('Not_Valid'),
      }),
    ).rejects.toMatchObject({ code: 422 });
  });

  it('refuses a replace with a stale resourceVersion and bumps generation on spec changes only', async () => {
    const created = await custom.createNamespacedCustomObject({
      ...vmKind,
      namespace,
      body: vm('app'),
    });
    const updated = await custom.replaceNamespacedCustomObject({
      ...vmKind,
      namespace,
      name: 'app',
      body: { ...created, spec: { ...created.spec, runStrategy: 'Always' } },
    });
    expect(updated.metadata.generation).toBe(2);
    expect(Number(updated.metadata.resourceVersion)).toBeGreaterThan(
      Number(created.metadata.resourceVersion),
    );
    await expect(
      custom.replaceNamespacedCustomObject({
        ...vmKind,
        namespace,
        name: 'app',
        body: created,
      }),
    ).rejects.toMatchObject({ code: 409 });

    const labelled = await custom.patchNamespacedCustomObject(
      {
        ...vmKind,
        namespace,
        name: 'app',
        body: { metadata: { labels: { team: 'a' } } },
      },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    expect(labelled.metadata.generation).toBe(2);
    expect(labelled.metadata.labels).toEqual({ team: 'a' });
  });

  it('patches with merge, JSON and strategic patches, and keeps status to its subresource', async () => {
    await custom.createNamespacedCustomObject({
      ...vmKind,
      namespace,
      body: { ...vm('app'), status: { printableStatus: 'Ignored' } },
    });
    const patch = (body: unknown, type: string, status = false) =>
      (status
        ? custom.patchNamespacedCustomObjectStatus
        : custom.patchNamespacedCustomObject
      ).call(
        custom,
        { ...vmKind, namespace, name: 'app', body },
        setHeaderOptions('Content-Type', type),
      );

    let current = await patch(
      { spec: { runStrategy: 'Always' }, status: { printableStatus: 'Nope' } },
      PatchStrategy.MergePatch,
    );
    expect(current.spec.runStrategy).toBe('Always');
    expect(current.status).toBeUndefined();

    current = await patch(
      [{ op: 'replace', path: '/spec/runStrategy', value: 'Manual' }],
      PatchStrategy.JsonPatch,
    );
    expect(current.spec.runStrategy).toBe('Manual');
    await expect(
      patch(
        [{ op: 'test', path: '/spec/runStrategy', value: 'Always' }],
        PatchStrategy.JsonPatch,
      ),
    ).rejects.toMatchObject({ code: 422 });

    current = await patch(
      { metadata: { annotations: { a: 'b' } } },
      PatchStrategy.StrategicMergePatch,
    );
    expect(current.metadata.annotations).toEqual({ a: 'b' });

    current = await patch(
      {
        status: { printableStatus: 'Running' },
        spec: { runStrategy: 'Halted' },
      },
      PatchStrategy.MergePatch,
      true,
    );
    expect(current.status.printableStatus).toBe('Running');
    expect(current.spec.runStrategy).toBe('Manual');

    await expect(
      patch(
        { metadata: { resourceVersion: '1' }, spec: { runStrategy: 'Halted' } },
        PatchStrategy.MergePatch,
      ),
    ).rejects.toMatchObject({ code: 409 });
    await expect(
      patch({}, PatchStrategy.ServerSideApply),
    ).rejects.toMatchObject({ code: 415 });
  });

  it('stores nothing on dryRun and deletes dependents and namespace contents', async () => {
    await custom.createNamespacedCustomObject({
      ...vmKind,
      namespace,
      body: vm('dry'),
      dryRun: 'All',
    });
    await expect(
      custom.getNamespacedCustomObject({ ...vmKind, namespace, name: 'dry' }),
    ).rejects.toMatchObject({ code: 404 });

    const owner = await custom.createNamespacedCustomObject({
      ...vmKind,
      namespace,
      body: vm('owner'),
    });
    await core.createNamespacedPod({
      namespace,
      body: {
        metadata: {
          name: 'launcher',
          ownerReferences: [
            {
              apiVersion: 'kubevirt.io/v1',
              kind: 'VirtualMachine',
              name: 'owner',
              uid: owner.metadata.uid,
            },
          ],
        },
        spec: { containers: [{ name: 'compute', image: 'virt-launcher' }] },
      },
    });
    await core.createNamespacedPod({
      namespace,
      body: {
        metadata: { name: 'orphan' },
        spec: { containers: [{ name: 'c', image: 'i' }] },
      },
    });
    await custom.deleteNamespacedCustomObject({
      ...vmKind,
      namespace,
      name: 'owner',
    });
    const pods = await core.listNamespacedPod({ namespace });
    expect(pods.items.map(p => p.metadata?.name)).toEqual(['orphan']);

    await core.deleteNamespace({ name: namespace });
    await expect(
      core.readNamespacedPod({ namespace, name: 'orphan' }),
    ).rejects.toMatchObject({ code: 404 });
    await expect(core.readNamespace({ name: namespace })).rejects.toMatchObject(
      { code: 404 },
    );
  });
});
