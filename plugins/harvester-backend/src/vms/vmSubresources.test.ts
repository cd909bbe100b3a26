import {
  FakeVirtApi,
  startFakeVirtApi,
} from '@internal/plugin-harvester-backend-module-demo-cluster';
import express from 'express';
import request from 'supertest';
import { auditedEvents } from '../__testUtils__/auditedEvents';
import { createTestCluster, TestCluster } from '../__testUtils__/testCluster';
import { asUser } from '../__testUtils__/testContext';
import { localApiServer } from '../__testUtils__/testRegistry';
import { vmFixtures } from './__testUtils__/vmFixtures';
import { vmsTestApp } from './__testUtils__/vmsTestApp';

const alice = 'user:default/alice';

/**
 * The test cluster reached through a (fake) virt-api, which serves
 * KubeVirt's subresources and passes the rest to the API server.
 */
describe('VM actions served by virt-api subresources', () => {
  let virtApi: FakeVirtApi;
  let cluster: TestCluster;
  let app: express.Express;
  let context: Awaited<ReturnType<typeof vmsTestApp>>['context'];

  beforeAll(async () => {
    virtApi = await startFakeVirtApi(localApiServer());
    cluster = await createTestCluster({ url: virtApi.url });
    ({ app, context } = await vmsTestApp(cluster.registry));
    const fixtures = vmFixtures(cluster);
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
    await cluster?.cleanup();
    await virtApi?.close();
  });

  const action = (vm: string, name: string) =>
    request(app)
      .post(
        `/clusters/${cluster.definition.name}/namespaces/${cluster.namespace}/vms/${vm}/actions/${name}`,
      )
      .set(asUser(alice))
      .send({});
  const vmiOf = (vm: string) =>
    cluster.client.get('vmi', cluster.namespace, vm);
  const isPaused = (vmi?: {
    status?: { conditions?: { type: string; status: string }[] };
  }) =>
    vmi?.status?.conditions?.some(
      c => c.type === 'Paused' && c.status === 'True',
    ) ?? false;

  it('pauses and unpauses the running instance', async () => {
    await action('web', 'pause').expect(200);
    expect(isPaused(await vmiOf('web'))).toBe(true);
    await cluster.cached('vmi', cluster.namespace, 'web', isPaused);

    const twice = await action('web', 'pause').expect(409);
    expect(twice.body.error.message).toMatch(/while it is Paused/);

    await action('web', 'unpause').expect(200);
    expect(isPaused(await vmiOf('web'))).toBe(false);
    await cluster.cached(
      'vmi',
      cluster.namespace,
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
    const vm = await cluster.client.get('vm', cluster.namespace, 'manual');
    expect(vm?.spec.runStrategy).toBe('Manual');
    expect(vm?.status.stateChangeRequests).toEqual([{ action: 'Start' }]);
    expect(
      (await auditedEvents(context))
        .filter(e => e.succeeded)
        .map(e => e.eventId),
    ).toEqual(['vm-pause', 'vm-unpause', 'vm-restart', 'vm-start']);
  });
});
