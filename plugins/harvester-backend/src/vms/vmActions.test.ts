import { HARVESTER_ANNOTATIONS } from '@internal/plugin-harvester-common';
import express from 'express';
import request from 'supertest';
import { auditedEvents } from '../__testUtils__/auditedEvents';
import { asUser } from '../__testUtils__/testContext';
import { VirtualMachineInstanceMigration } from '../kube/types/kubevirt';
import { vmTestCluster } from './__testUtils__/vmTestCluster';
import { vmsTestApp } from './__testUtils__/vmsTestApp';

const alice = 'user:default/alice';

describe('POST .../vms/:name/actions/:action', () => {
  let target: string;
  let cordoned: string;

  const env = vmTestCluster(async ({ fixtures, hosts }) => {
    target = await hosts.node('target');
    cordoned = await hosts.node('cordoned', { unschedulable: true });
    await fixtures.vm(
      'halted',
      { runStrategy: 'Halted' },
      { printableStatus: 'Stopped' },
    );
    await fixtures.vm(
      'running',
      { runStrategy: 'Always' },
      { printableStatus: 'Running' },
    );
    await fixtures.vmi('running', { phase: 'Running', nodeName: 'host-a' });
  });

  const action = (
    app: express.Express,
    vm: string,
    name: string,
    body: object = {},
  ) =>
    request(app)
      .post(
        `/clusters/${env.cluster.definition.name}/namespaces/${env.ns}/vms/${vm}/actions/${name}`,
      )
      .set(asUser(alice))
      .send(body);
  const runStrategy = async (vm: string) =>
    (await env.readVm(vm))?.spec?.runStrategy;
  const migrations = async () =>
    (await env.cluster.client.list('migration', { namespace: env.ns }))
      .items as VirtualMachineInstanceMigration[];

  it('starts and stops through runStrategy, refusing what the state does not allow', async () => {
    const { app, context } = await vmsTestApp(env.cluster.registry);
    const started = await action(app, 'halted', 'start').expect(200);
    expect(started.body).toEqual({
      ok: true,
      message: `start requested for VM ${env.ns}/halted`,
      target: `${env.cluster.definition.name}/${env.ns}/halted`,
    });
    expect(await runStrategy('halted')).toBe('Always');
    await env.cluster.cached(
      'vm',
      env.ns,
      'halted',
      vm => vm?.spec.runStrategy === 'Always',
    );
    const again = await action(app, 'halted', 'start').expect(409);
    expect(again.body.error.message).toBe(
      `Cannot start VM ${env.ns}/halted while it is Starting; start needs a VM that is Stopped or Error or Unknown`,
    );

    await action(app, 'running', 'stop').expect(200);
    expect(await runStrategy('running')).toBe('Halted');
    await env.cluster.client.patch('vm', env.ns, 'running', {
      spec: { runStrategy: 'Always' },
    });

    const paused = await action(app, 'halted', 'pause').expect(409);
    expect(paused.body.error.message).toMatch(
      /Cannot pause VM .*halted while it is Starting/,
    );
    expect(
      (await auditedEvents(context)).map(e => [e.eventId, e.succeeded]),
    ).toEqual([
      ['vm-start', true],
      ['vm-start', false],
      ['vm-stop', true],
      ['vm-pause', false],
    ]);
  });

  it('migrates to a schedulable host and aborts the migration', async () => {
    const { app, context } = await vmsTestApp(env.cluster.registry);
    const migrated = await action(app, 'running', 'migrate', {
      targetHost: target,
    }).expect(200);
    const [migration] = await migrations();
    expect(migration).toMatchObject({
      metadata: {
        name: expect.stringMatching(/^running-/),
        annotations: { [HARVESTER_ANNOTATIONS.targetHost]: target },
      },
      spec: {
        vmiName: 'running',
        addedNodeSelector: { 'kubernetes.io/hostname': target },
      },
    });
    expect(migrated.body.target).toBe(
      `${env.cluster.definition.name}/${env.ns}/${migration.metadata.name}`,
    );

    const twice = await action(app, 'running', 'migrate').expect(409);
    expect(twice.body.error.message).toMatch(/already migrating/);
    await action(app, 'running', 'abort-migration').expect(200);
    expect(await migrations()).toEqual([]);
    await action(app, 'running', 'abort-migration').expect(409);

    for (const [host, reason] of [
      ['host-a', /already runs on host host-a/],
      [cordoned, /is cordoned/],
      ['no-such-host', /does not exist/],
    ] as const) {
      const res = await action(app, 'running', 'migrate', {
        targetHost: host,
      }).expect(409);
      expect(res.body.error.message).toMatch(reason);
    }
    await action(app, 'halted', 'migrate').expect(409);
    expect(await migrations()).toEqual([]);
    expect(
      (await auditedEvents(context))
        .filter(e => e.succeeded)
        .map(e => e.eventId),
    ).toEqual(['vm-migrate', 'vm-abort-migration']);
  });

  it('checks the permission of each action and the action name', async () => {
    const denied = (await vmsTestApp(env.cluster.registry, {})).app;
    await request(denied)
      .post(
        `/clusters/${env.cluster.definition.name}/namespaces/${env.ns}/vms/running/actions/stop`,
      )
      .expect(401);
    const operateOnly = (
      await vmsTestApp(env.cluster.registry, { 'harvester.vm.operate': true })
    ).app;
    await action(operateOnly, 'running', 'migrate', {
      targetHost: target,
    }).expect(403);
    await action(denied, 'running', 'stop').expect(403);
    expect(await runStrategy('running')).toBe('Always');
    const bad = await action(operateOnly, 'running', 'explode').expect(400);
    expect(bad.body.error.message).toMatch(/action: /);
    await action(operateOnly, 'gone', 'stop').expect(404);
  });
});
