import { HARVESTER_ANNOTATIONS } from '@internal/plugin-harvester-common';
import request from 'supertest';
import { auditedEvents } from '../__testUtils__/auditedEvents';
import { asUser } from '../__testUtils__/testContext';
import { vmTestCluster } from './__testUtils__/vmTestCluster';
import { vmCondition, vmsTestApp } from './__testUtils__/vmsTestApp';

const alice = 'user:default/alice';
const owned = (owner: string) => ({
  annotations: { [HARVESTER_ANNOTATIONS.owner]: owner },
});

describe('POST /vms/bulk', () => {
  const env = vmTestCluster(async ({ fixtures }) => {
    for (const [vm, owner] of [
      ['a', alice],
      ['b', alice],
      ['c', 'user:default/bob'],
      ['d', alice],
    ]) {
      await fixtures.vm(
        vm,
        { runStrategy: 'Always', ...owned(owner) },
        { printableStatus: 'Running' },
      );
    }
    await fixtures.pvc('d-disk-0', '1Gi');
  });

  const runStrategy = async (vm: string) =>
    (await env.readVm(vm))?.spec?.runStrategy;

  it('acts on each VM the policy allows and reports the others', async () => {
    const { app, context } = await vmsTestApp(env.cluster.registry, {
      'harvester.vm.operate': vmCondition('owner', [alice]),
    });
    const res = await request(app)
      .post('/vms/bulk')
      .set(asUser(alice))
      .send({
        action: 'stop',
        vms: [
          env.ref('a'),
          env.ref('b'),
          env.ref('c'),
          env.ref('missing'),
          `nope/${env.ns}/a`,
        ],
      })
      .expect(200);
    expect(res.body.results).toEqual([
      {
        vm: env.ref('a'),
        ok: true,
        message: `stop requested for VM ${env.ns}/a`,
        target: env.ref('a'),
      },
      {
        vm: env.ref('b'),
        ok: true,
        message: `stop requested for VM ${env.ns}/b`,
        target: env.ref('b'),
      },
      { vm: env.ref('c'), ok: false, message: 'denied by policy' },
      {
        vm: env.ref('missing'),
        ok: false,
        message: expect.stringMatching(/not found/),
      },
      {
        vm: `nope/${env.ns}/a`,
        ok: false,
        message: expect.stringMatching(/nope/),
      },
    ]);
    expect([
      await runStrategy('a'),
      await runStrategy('b'),
      await runStrategy('c'),
    ]).toEqual(['Halted', 'Halted', 'Always']);
    expect(
      (await auditedEvents(context)).map(e => [e.eventId, e.meta.name]),
    ).toEqual([
      ['vm-stop', 'a'],
      ['vm-stop', 'b'],
    ]);
  });

  it('deletes with the delete permission, volumes when asked', async () => {
    const operateOnly = (
      await vmsTestApp(env.cluster.registry, { 'harvester.vm.operate': true })
    ).app;
    await request(operateOnly)
      .post('/vms/bulk')
      .set(asUser(alice))
      .send({ action: 'delete', vms: [env.ref('d')] })
      .expect(403);
    await env.cluster.client.patch('vm', env.ns, 'd', {
      spec: {
        template: {
          spec: {
            volumes: [
              {
                name: 'disk-0',
                persistentVolumeClaim: { claimName: 'd-disk-0' },
              },
            ],
          },
        },
      },
    });
    const { app } = await vmsTestApp(env.cluster.registry, {
      'harvester.vm.delete': true,
    });
    const res = await request(app)
      .post('/vms/bulk')
      .set(asUser(alice))
      .send({ action: 'delete', vms: [env.ref('d')], removeVolumes: true })
      .expect(200);
    expect(res.body.results).toEqual([
      {
        vm: env.ref('d'),
        ok: true,
        message: `VM ${env.ns}/d deleted; volumes deleted: d-disk-0`,
        target: env.ref('d'),
      },
    ]);
    expect(await env.readVm('d')).toBeUndefined();
    const pvc = await env.cluster.client.get('pvc', env.ns, 'd-disk-0');
    expect(
      pvc === undefined || pvc.metadata.deletionTimestamp !== undefined,
    ).toBe(true);
  });

  it('validates the request and authenticates', async () => {
    const { app } = await vmsTestApp(env.cluster.registry);
    await request(app)
      .post('/vms/bulk')
      .send({ action: 'stop', vms: [env.ref('a')] })
      .expect(401);
    for (const [body, field] of [
      [{ action: 'stop', vms: [] }, /vms: /],
      [{ action: 'stop', vms: ['just-a-name'] }, /vms\[0\]: /],
      [{ action: 'explode', vms: [env.ref('a')] }, /action: /],
      [
        {
          action: 'stop',
          vms: Array.from({ length: 201 }, (_, i) => env.ref(`vm-${i}`)),
        },
        /vms: /,
      ],
    ] as const) {
      const res = await request(app)
        .post('/vms/bulk')
        .set(asUser(alice))
        .send(body)
        .expect(400);
      expect(res.body.error.message).toMatch(field);
    }
  });
});
