import {
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  makeInformer,
  PatchStrategy,
  setHeaderOptions,
} from '@kubernetes/client-node';
import { eventually } from '../__testUtils__/eventually';
import {
  kubeConfigFor,
  vm,
  vmKind,
  watchUntil,
} from '../__testUtils__/fakeServerClients';
import { FakeKubernetesApiServer } from './FakeKubernetesApiServer';

describe('FakeKubernetesApiServer watches', () => {
  let server: FakeKubernetesApiServer;
  let kc: KubeConfig;
  let core: CoreV1Api;
  let custom: CustomObjectsApi;
  const namespace = 'tenant-a';

  beforeEach(async () => {
    server = await FakeKubernetesApiServer.start({ bookmarkIntervalMs: 50 });
    kc = kubeConfigFor(server);
    core = kc.makeApiClient(CoreV1Api);
    custom = kc.makeApiClient(CustomObjectsApi);
    await core.createNamespace({ body: { metadata: { name: namespace } } });
  });

  afterEach(() => server.stop());

  it('streams watch events from a resourceVersion, with bookmarks', async () => {
    const list = await custom.listNamespacedCustomObject({
      ...vmKind,
      namespace,
    });
    const from = list.metadata.resourceVersion;
    await custom.createNamespacedCustomObject({
      ...vmKind,
      namespace,
      body: vm('w'),
    });
    await custom.patchNamespacedCustomObject(
      {
        ...vmKind,
        namespace,
        name: 'w',
        body: { spec: { runStrategy: 'Always' } },
      },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    await custom.deleteNamespacedCustomObject({
      ...vmKind,
      namespace,
      name: 'w',
    });

    const events = await watchUntil(
      kc,
      `/apis/kubevirt.io/v1/namespaces/${namespace}/virtualmachines`,
      { resourceVersion: from, allowWatchBookmarks: true },
      seen => seen.some(e => e.type === 'BOOKMARK'),
    );
    expect(events.map(e => e.type)).toEqual([
      'ADDED',
      'MODIFIED',
      'DELETED',
      'BOOKMARK',
    ]);
    expect(events[1].object.spec.runStrategy).toBe('Always');
    const versions = events.map(e => Number(e.object.metadata.resourceVersion));
    expect(versions).toEqual([...versions].sort((a, b) => a - b));

    // Live events after the replay, filtered by label selector.
    const live = watchUntil(
      kc,
      `/apis/kubevirt.io/v1/virtualmachines`,
      { labelSelector: 'app=shop' },
      seen => seen.length === 1,
    );
    await new Promise(resolve => setTimeout(resolve, 100));
    await custom.createNamespacedCustomObject({
      ...vmKind,
      namespace,
      body: vm('other'),
    });
    await custom.createNamespacedCustomObject({
      ...vmKind,
      namespace,
      body: vm('shop', { app: 'shop' }),
    });
    expect((await live).map(e => e.object.metadata.name)).toEqual(['shop']);
  });

  it('answers a watch from a compacted resourceVersion with a 410 Expired ERROR event', async () => {
    const small = await FakeKubernetesApiServer.start({ watchHistorySize: 3 });
    try {
      const smallKc = kubeConfigFor(small);
      const smallCore = smallKc.makeApiClient(CoreV1Api);
      const first = await smallCore.createNamespace({
        body: { metadata: { name: 'ns-0' } },
      });
      for (let i = 1; i <= 5; i++) {
        await smallCore.createNamespace({
          body: { metadata: { name: `ns-${i}` } },
        });
      }
      const events = await watchUntil(
        smallKc,
        '/api/v1/namespaces',
        { resourceVersion: first.metadata!.resourceVersion! },
        seen => seen.length > 0,
      );
      expect(events).toEqual([
        {
          type: 'ERROR',
          object: expect.objectContaining({
            kind: 'Status',
            code: 410,
            reason: 'Expired',
          }),
        },
      ]);
    } finally {
      await small.stop();
    }
  });
  it("feeds @kubernetes/client-node's informer: list, then watch", async () => {
    await custom.createNamespacedCustomObject({
      ...vmKind,
      namespace,
      body: vm('before'),
    });
    const path = `/apis/kubevirt.io/v1/namespaces/${namespace}/virtualmachines`;
    const informer = makeInformer(kc, path, () =>
      custom.listNamespacedCustomObject({ ...vmKind, namespace }),
    );
    const added: string[] = [];
    informer.on('add', object => added.push(object.metadata!.name!));
    await informer.start();
    await custom.createNamespacedCustomObject({
      ...vmKind,
      namespace,
      body: vm('after'),
    });
    await eventually(() => (added.includes('after') ? true : undefined));
    expect(
      informer
        .list()
        .map(o => o.metadata?.name)
        .sort(),
    ).toEqual(['after', 'before']);
    await informer.stop();
  });
});
