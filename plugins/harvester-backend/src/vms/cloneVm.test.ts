import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_LABELS,
} from '@internal/plugin-harvester-common';
import request from 'supertest';
import { auditedEvents } from '../__testUtils__/auditedEvents';
import { asUser } from '../__testUtils__/testContext';
import { VirtualMachine, VolumeClaimTemplate } from '../kube/types/kubevirt';
import { vmTestCluster } from './__testUtils__/vmTestCluster';
import { vmCondition, vmsTestApp } from './__testUtils__/vmsTestApp';

const alice = 'user:default/alice';
const bob = 'user:default/bob';

/** The source VM's disk, as Harvester made it from an image. */
const sourceClaim = (ns: string): VolumeClaimTemplate => ({
  metadata: {
    name: 'src-disk-0',
    annotations: { [HARVESTER_LABELS.imageId]: `${ns}/ubuntu` },
  },
  spec: {
    accessModes: ['ReadWriteMany'],
    resources: { requests: { storage: '10Gi' } },
    volumeMode: 'Block',
    storageClassName: 'longhorn-ubuntu',
  },
});

describe('POST .../vms/:name/clone', () => {
  let path: string;

  const env = vmTestCluster(async ({ cluster, fixtures, ns }) => {
    path = `/clusters/${cluster.definition.name}/namespaces/${ns}/vms/src/clone`;
    await fixtures.pvc('src-disk-0', '10Gi', {
      [HARVESTER_LABELS.imageId]: `${ns}/ubuntu`,
    });
    const source = await fixtures.vm(
      'src',
      {
        runStrategy: 'Always',
        claims: ['src-disk-0'],
        claimTemplates: [sourceClaim(ns)],
        labels: {
          [`${HARVESTER_LABELS.tagPrefix}team`]: 'web',
          [HARVESTER_ANNOTATIONS.idempotencyKey]: 'abc',
        },
        annotations: { [HARVESTER_ANNOTATIONS.owner]: bob },
      },
      { printableStatus: 'Running' },
    );
    const interfaces = source.spec!.template.spec.domain.devices.interfaces!;
    await cluster.client.patch('vm', ns, 'src', {
      spec: {
        template: {
          spec: {
            domain: {
              devices: {
                interfaces: interfaces.map(i => ({
                  ...i,
                  macAddress: '52:54:00:12:34:56',
                })),
              },
            },
          },
        },
      },
    });
  });

  it('copies the VM with cloned volumes, fresh MACs and the caller as owner', async () => {
    const { app, context } = await vmsTestApp(env.cluster.registry);
    const res = await request(app)
      .post(path)
      .set(asUser(alice))
      .send({ name: 'copy' })
      .expect(201);
    expect(res.body).toMatchObject({
      created: true,
      vm: { name: 'copy', owner: alice, runStrategy: 'Halted' },
    });

    const copy = (await env.cluster.client.get(
      'vm',
      env.ns,
      'copy',
    )) as VirtualMachine;
    const [claim] = JSON.parse(
      copy.metadata.annotations![HARVESTER_LABELS.volumeClaimTemplates],
    ) as VolumeClaimTemplate[];
    const source = sourceClaim(env.ns);
    expect(claim).toEqual({
      metadata: {
        ...source.metadata,
        name: expect.stringMatching(/^copy-disk-0-[a-z0-9]{5}$/),
      },
      spec: {
        ...source.spec,
        dataSource: { kind: 'PersistentVolumeClaim', name: 'src-disk-0' },
      },
    });
    const podSpec = copy.spec!.template.spec;
    expect(podSpec.volumes![0].persistentVolumeClaim!.claimName).toBe(
      claim.metadata.name,
    );
    expect(podSpec.domain.devices.interfaces!.map(i => i.macAddress)).toEqual([
      undefined,
    ]);
    expect(podSpec.hostname).toBe('copy');
    expect(copy.spec!.template.metadata!.labels![HARVESTER_LABELS.vmName]).toBe(
      'copy',
    );
    expect(copy.metadata.labels).toEqual({
      [`${HARVESTER_LABELS.tagPrefix}team`]: 'web',
    });
    expect(copy.metadata.annotations![HARVESTER_ANNOTATIONS.owner]).toBe(alice);
    expect(await auditedEvents(context)).toEqual([
      expect.objectContaining({
        eventId: 'vm-clone',
        succeeded: true,
        meta: expect.objectContaining({ name: 'copy' }),
      }),
    ]);
  });

  it('answers 409 for a taken name, 400 across namespaces, 403 by either permission', async () => {
    const { app } = await vmsTestApp(env.cluster.registry);
    await request(app)
      .post(path)
      .set(asUser(alice))
      .send({ name: 'src' })
      .expect(409);
    const across = await request(app)
      .post(path)
      .set(asUser(alice))
      .send({ name: 'far', namespace: 'default' })
      .expect(400);
    expect(across.body.error.message).toMatch(/namespace: /);
    const bad = await request(app)
      .post(path)
      .set(asUser(alice))
      .send({ name: 'Not Valid' })
      .expect(400);
    expect(bad.body.error.message).toMatch(/name: /);

    const cannotReadSource = (
      await vmsTestApp(env.cluster.registry, {
        'harvester.vm.read': vmCondition('owner', [alice]),
        'harvester.vm.create': true,
      })
    ).app;
    await request(cannotReadSource)
      .post(path)
      .set(asUser(alice))
      .send({ name: 'copy-2' })
      .expect(403);
    const cannotCreate = (
      await vmsTestApp(env.cluster.registry, {
        'harvester.vm.read': true,
        'harvester.vm.create': vmCondition('namespace', ['elsewhere']),
      })
    ).app;
    await request(cannotCreate)
      .post(path)
      .set(asUser(alice))
      .send({ name: 'copy-2' })
      .expect(403);
    await request(cannotCreate).post(path).send({ name: 'copy-2' }).expect(401);
    expect(await env.readVm('copy-2')).toBeUndefined();
  });
});
