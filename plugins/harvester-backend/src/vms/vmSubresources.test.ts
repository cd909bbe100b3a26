import {
  FakeVirtApi,
  startFakeVirtApi,
} from '@internal/plugin-harvester-backend-module-demo-cluster';
import express from 'express';
import request from 'supertest';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { ClusterRegistry } from '../clusters/ClusterRegistry';
import { KubeClusterClient } from '../kube/KubeClusterClient';
import { asUser } from '../__testUtils__/testContext';
import { TestCluster } from '../__testUtils__/testCluster';
import { vmTestCluster } from './__testUtils__/vmTestCluster';
import { auditedEvents, vmsTestApp } from './__testUtils__/vmsTestApp';

const alice = 'user:default/alice';

/**
 * The test cluster with its writes sent through a (fake) virt-api, which
 * serves KubeVirt's subresources and passes the rest to the API server.
 */
function throughVirtApi(
  cluster: TestCluster,
  virtApi: FakeVirtApi,
): ClusterRegistry {
  const original = cluster.handle;
  const client = KubeClusterClient.create(
    { ...original.definition, url: virtApi.url },
    cluster.token,
  );
  const handle: ClusterHandle = {
    name: original.name,
    definition: original.definition,
    cache: original.cache,
    serviceClient: client,
    clientFor: () => client,
    readerFor: req => original.readerFor(req),
    summary: () => original.summary(),
  };
  return {
    list: () => [handle],
    get: name => (name === handle.name ? handle : cluster.registry.get(name)),
    refresh: () => cluster.registry.refresh(),
    stop: () => cluster.registry.stop(),
  };
}

describe('VM actions served by virt-api subresources', () => {
  let virtApi: FakeVirtApi;
  let app: express.Express;
  let context: Awaited<ReturnType<typeof vmsTestApp>>['context'];
  const env = vmTestCluster(async ({ cluster, fixtures }) => {
    virtApi = await startFakeVirtApi({
      url: cluster.definition.url,
      token: cluster.token,
      caData: cluster.definition.caData,
    });
    ({ app, context } = await vmsTestApp(throughVirtApi(cluster, virtApi)));
    await fixtures.vm(
      'web',
      { runStrategy: 'Always' },
      { printableStatus: 'Running' },
    );
    await fixtures.vmi('web', { phase: 'Running', nodeName: 'host-a' });
    await fixtures.vm(
      'manual',
      { runStrategy: 'Manual' },
      { printableStatus: 'Stopped' },
    );
  });

  afterAll(async () => {
    await virtApi?.close();
  });

  const action = (vm: string, name: string) =>
    request(app)
      .post(
        `/clusters/${env.cluster.definition.name}/namespaces/${env.ns}/vms/${vm}/actions/${name}`,
      )
      .set(asUser(alice))
      .send({});
  const vmiOf = (vm: string) => env.cluster.client.get('vmi', env.ns, vm);
  const isPaused = (vmi?: {
    status?: { conditions?: { type: string; status: string }[] };
  }) =>
    vmi?.status?.conditions?.some(
      c => c.type === 'Paused' && c.status === 'True',
    ) ?? false;

  it('pauses and unpauses the running instance', async () => {
    await action('web', 'pause').expect(200);
    expect(isPaused(await vmiOf('web'))).toBe(true);
    await env.cluster.cached('vmi', env.ns, 'web', isPaused);

    const twice = await action('web', 'pause').expect(409);
    expect(twice.body.error.message).toMatch(/while it is Paused/);

    await action('web', 'unpause').expect(200);
    expect(isPaused(await vmiOf('web'))).toBe(false);
    await env.cluster.cached(
      'vmi',
      env.ns,
      'web',
      vmi => !!vmi && !isPaused(vmi),
    );
    await action('web', 'unpause').expect(409);
  });

  it('restarts by replacing the instance', async () => {
    const before = await vmiOf('web');
    await action('web', 'restart').expect(200);
    const after = await vmiOf('web');
    expect(after?.metadata.uid).toBeDefined();
    expect(after?.metadata.uid).not.toBe(before?.metadata.uid);
  });

  it('starts a Manual VM through the start subresource', async () => {
    await action('manual', 'start').expect(200);
    const vm = await env.cluster.client.get('vm', env.ns, 'manual');
    expect(vm?.spec.runStrategy).toBe('Manual');
    expect(vm?.status.stateChangeRequests).toEqual([{ action: 'Start' }]);
    expect(
      (await auditedEvents(context))
        .filter(e => e.succeeded)
        .map(e => e.eventId),
    ).toEqual(['vm-pause', 'vm-unpause', 'vm-restart', 'vm-start']);
  });
});
