import { HARVESTER_LABELS } from '@internal/plugin-harvester-common';
import request from 'supertest';
import { auditedEvents } from '../__testUtils__/auditedEvents';
import { asUser } from '../__testUtils__/testContext';
import { vmTestCluster } from './__testUtils__/vmTestCluster';
import { vmsTestApp } from './__testUtils__/vmsTestApp';

const alice = 'user:default/alice';

describe('VM delete plan and delete', () => {
  const env = vmTestCluster(async ({ cluster, fixtures, ns }) => {
    for (const vm of ['keep', 'drop']) {
      await fixtures.pvc(`${vm}-disk-0`, '10Gi');
      await fixtures.pvc(`${vm}-disk-1`, '5Gi');
      await fixtures.vm(vm, { claims: [`${vm}-disk-0`, `${vm}-disk-1`] });
    }
    // Held by a finalizer, as Harvester's VM controller would, so the
    // annotation written before the delete can be read back.
    await cluster.client.patch('vm', ns, 'drop', {
      metadata: { finalizers: ['test.platform-portal.dev/hold'] },
    });
  });

  const pvcState = async (name: string) => {
    const pvc = await env.cluster.client.get('pvc', env.ns, name);
    if (!pvc) return 'gone';
    return pvc.metadata.deletionTimestamp ? 'deleting' : 'present';
  };

  it('plans which volumes go and which stay', async () => {
    const { app } = await vmsTestApp(env.cluster.registry);
    const kept = await request(app)
      .get(`${env.vmPath('keep')}/delete-plan`)
      .set(asUser(alice))
      .expect(200);
    expect(kept.body).toEqual({
      vm: `${env.cluster.definition.name}/${env.ns}/keep`,
      volumesDeleted: [],
      volumesKept: ['keep-disk-0', 'keep-disk-1'],
    });
    const removed = await request(app)
      .get(`${env.vmPath('keep')}/delete-plan?removeVolumes=true`)
      .set(asUser(alice))
      .expect(200);
    expect(removed.body).toMatchObject({
      volumesDeleted: ['keep-disk-0', 'keep-disk-1'],
      volumesKept: [],
    });
  });

  it('needs the name typed again and keeps volumes unless asked', async () => {
    const { app, context } = await vmsTestApp(env.cluster.registry);
    const missing = await request(app)
      .delete(env.vmPath('keep'))
      .set(asUser(alice))
      .expect(400);
    expect(missing.body.error.message).toMatch(/confirm: /);
    const wrong = await request(app)
      .delete(`${env.vmPath('keep')}?confirm=drop`)
      .set(asUser(alice))
      .expect(400);
    expect(wrong.body.error.message).toMatch(
      /confirm: must repeat the VM's name "keep"/,
    );
    expect(await env.readVm('keep')).toBeDefined();

    const res = await request(app)
      .delete(`${env.vmPath('keep')}?confirm=keep`)
      .set(asUser(alice))
      .expect(200);
    expect(res.body).toEqual({
      ok: true,
      message: `VM ${env.ns}/keep deleted; volumes kept: keep-disk-0, keep-disk-1`,
      target: `${env.cluster.definition.name}/${env.ns}/keep`,
    });
    expect(await env.readVm('keep')).toBeUndefined();
    expect([
      await pvcState('keep-disk-0'),
      await pvcState('keep-disk-1'),
    ]).toEqual(['present', 'present']);
    expect(await auditedEvents(context)).toEqual([
      expect.objectContaining({
        eventId: 'vm-delete',
        succeeded: true,
        meta: expect.objectContaining({
          name: 'keep',
          plan: expect.objectContaining({
            volumesKept: ['keep-disk-0', 'keep-disk-1'],
          }),
        }),
      }),
    ]);
  });

  it('deletes the volumes when asked, naming them for Harvester first', async () => {
    const { app } = await vmsTestApp(env.cluster.registry);
    const res = await request(app)
      .delete(`${env.vmPath('drop')}?removeVolumes=true&confirm=drop`)
      .set(asUser(alice))
      .expect(200);
    expect(res.body.message).toBe(
      `VM ${env.ns}/drop deleted; volumes deleted: drop-disk-0, drop-disk-1`,
    );
    const vm = await env.readVm('drop');
    expect(vm!.metadata.deletionTimestamp).toBeDefined();
    expect(vm!.metadata.annotations![HARVESTER_LABELS.removedPvcs]).toBe(
      'drop-disk-0,drop-disk-1',
    );
    // PVC protection keeps them "deleting" until a controller lets go.
    expect(await pvcState('drop-disk-0')).not.toBe('present');
    expect(await pvcState('drop-disk-1')).not.toBe('present');
  });

  it('answers 401 and 403 without touching the VM', async () => {
    await env.fixtures.vm('guarded');
    const denied = (
      await vmsTestApp(env.cluster.registry, { 'harvester.vm.read': true })
    ).app;
    await request(denied)
      .delete(`${env.vmPath('guarded')}?confirm=guarded`)
      .expect(401);
    await request(denied)
      .delete(`${env.vmPath('guarded')}?confirm=guarded`)
      .set(asUser(alice))
      .expect(403);
    await request(denied)
      .get(`${env.vmPath('guarded')}/delete-plan`)
      .set(asUser(alice))
      .expect(403);
    expect(await env.readVm('guarded')).toBeDefined();
  });
});
