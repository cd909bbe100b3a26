import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_LABELS,
} from '@internal/plugin-harvester-common';
import request from 'supertest';
import { auditedEvents } from '../__testUtils__/auditedEvents';
import { asUser } from '../__testUtils__/testContext';
import { VirtualMachine, VolumeClaimTemplate } from '../kube/types/kubevirt';
import { vmManifest } from './__testUtils__/vmFixtures';
import { vmTestCluster } from './__testUtils__/vmTestCluster';
import { vmsTestApp } from './__testUtils__/vmsTestApp';

const alice = 'user:default/alice';
const aliceKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAlice alice@laptop';
const bobKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBob bob@desk';

describe('POST /clusters/:c/namespaces/:ns/vms', () => {
  const env = vmTestCluster(async ({ cluster, fixtures, ns }) => {
    await fixtures.image('ubuntu');
    await fixtures.nad('vlan100', 100);
    await fixtures.keyPair('alice-key', aliceKey);
    const templateVm = vmManifest(ns, 'unused', {
      cores: 2,
      memory: '2Gi',
      claims: ['tpl-disk'],
      networks: [`${ns}/vlan100`],
      labels: { os: 'ubuntu' },
      claimTemplates: [
        {
          metadata: {
            name: 'tpl-disk',
            annotations: { [HARVESTER_LABELS.imageId]: `${ns}/ubuntu` },
          },
          spec: {
            accessModes: ['ReadWriteMany'],
            resources: { requests: { storage: '15Gi' } },
            volumeMode: 'Block',
            storageClassName: 'longhorn-ubuntu',
          },
        },
      ],
    });
    templateVm.spec!.template.spec.volumes!.push({
      name: 'cloudinitdisk',
      cloudInitNoCloud: { userData: '#cloud-config\npackages:\n  - nginx\n' },
    });
    await fixtures.template('small', templateVm);
    await cluster.cached('templateVersion', ns, 'small-v1');
    await cluster.cached('template', ns, 'small');
  });

  const claimsOf = (vm: VirtualMachine): VolumeClaimTemplate[] =>
    JSON.parse(vm.metadata.annotations![HARVESTER_LABELS.volumeClaimTemplates]);

  it('creates a VM from an image as Harvester would', async () => {
    const { app, context } = await vmsTestApp(env.cluster.registry);
    const res = await request(app)
      .post(env.vmsPath)
      .set(asUser(alice))
      .send({
        name: 'from-image',
        description: 'web server',
        image: `${env.ns}/ubuntu`,
        cpuCores: 2,
        memory: '4Gi',
        rootDiskSize: '20Gi',
        disks: [{ name: 'data', size: '5Gi' }],
        networks: [
          { network: 'pod' },
          { network: `${env.ns}/vlan100`, model: 'e1000' },
        ],
        userData: '#cloud-config\npackages: [htop]\n',
        sshKeys: ['alice-key', bobKey],
        tags: ['env=dev', 'pci'],
        labels: { app: 'web' },
        owner: 'group:default/team',
      })
      .expect(201);
    expect(res.body).toMatchObject({
      created: true,
      vm: {
        name: 'from-image',
        state: 'Starting',
        cpuCores: 2,
        owner: 'group:default/team',
        tags: expect.arrayContaining(['env=dev', 'pci']),
      },
    });

    const vm = (await env.readVm('from-image'))!;
    const [boot, data] = claimsOf(vm);
    expect(boot).toEqual({
      metadata: {
        name: expect.stringMatching(/^from-image-disk-0-[a-z0-9]{5}$/),
        annotations: { [HARVESTER_LABELS.imageId]: `${env.ns}/ubuntu` },
      },
      spec: {
        accessModes: ['ReadWriteMany'],
        resources: { requests: { storage: '20Gi' } },
        volumeMode: 'Block',
        storageClassName: 'longhorn-ubuntu',
      },
    });
    expect(data.metadata.name).toMatch(/^from-image-data-[a-z0-9]{5}$/);
    expect(data.spec.resources?.requests?.storage).toBe('5Gi');
    const podSpec = vm.spec!.template.spec;
    expect(
      podSpec.volumes!.map(v => v.persistentVolumeClaim?.claimName ?? v.name),
    ).toEqual([boot.metadata.name, data.metadata.name, 'cloudinitdisk']);
    expect(podSpec.domain.devices.disks).toEqual([
      { name: 'disk-0', disk: { bus: 'virtio' }, bootOrder: 1 },
      { name: 'data', disk: { bus: 'virtio' } },
      { name: 'cloudinitdisk', disk: { bus: 'virtio' } },
    ]);
    expect(podSpec.networks).toEqual([
      { name: 'default', pod: {} },
      { name: 'nic-1', multus: { networkName: `${env.ns}/vlan100` } },
    ]);
    expect(podSpec.domain.devices.interfaces).toEqual([
      { name: 'default', model: 'virtio', masquerade: {} },
      { name: 'nic-1', model: 'e1000', bridge: {} },
    ]);
    const userData = podSpec.volumes![2].cloudInitNoCloud!.userData!;
    expect(userData).toContain('packages: [htop]');
    expect(userData).toContain(`- ${JSON.stringify(aliceKey)}`);
    expect(userData).toContain(`- ${JSON.stringify(bobKey)}`);
    expect(podSpec.domain.cpu).toEqual({ cores: 2, sockets: 1, threads: 1 });
    expect(podSpec.domain.memory).toEqual({ guest: '4Gi' });
    expect(vm.spec!.runStrategy).toBe('RerunOnFailure');
    expect(vm.metadata.labels).toMatchObject({
      [HARVESTER_LABELS.creator]: 'platform-portal',
      [`${HARVESTER_LABELS.tagPrefix}env`]: 'dev',
      [`${HARVESTER_LABELS.tagPrefix}pci`]: '',
      app: 'web',
    });
    expect(vm.metadata.annotations).toMatchObject({
      [HARVESTER_ANNOTATIONS.owner]: 'group:default/team',
      [HARVESTER_ANNOTATIONS.createdBy]: alice,
      [HARVESTER_LABELS.sshNames]: JSON.stringify([`${env.ns}/alice-key`]),
      'field.cattle.io/description': 'web server',
    });
    expect(await auditedEvents(context)).toEqual([
      expect.objectContaining({
        eventId: 'vm-create',
        succeeded: true,
        meta: expect.objectContaining({
          name: 'from-image',
          owner: 'group:default/team',
        }),
      }),
    ]);
  });

  it('creates a VM from a template version with fresh disk names', async () => {
    const { app } = await vmsTestApp(env.cluster.registry);
    await request(app)
      .post(env.vmsPath)
      .set(asUser(alice))
      .send({
        name: 'from-tpl',
        template: `${env.ns}/small`,
        sshKeys: ['alice-key'],
        runStrategy: 'Halted',
      })
      .expect(201);
    const vm = (await env.readVm('from-tpl'))!;
    const [claim] = claimsOf(vm);
    expect(claim.metadata.name).toMatch(/^from-tpl-disk-0-[a-z0-9]{5}$/);
    expect(claim.spec).toMatchObject({
      storageClassName: 'longhorn-ubuntu',
      resources: { requests: { storage: '15Gi' } },
    });
    const podSpec = vm.spec!.template.spec;
    expect(podSpec.volumes![0].persistentVolumeClaim!.claimName).toBe(
      claim.metadata.name,
    );
    expect(podSpec.domain.cpu).toEqual({ cores: 2, sockets: 1, threads: 1 });
    expect(podSpec.networks).toEqual([
      { name: 'default', pod: {} },
      { name: 'nic-1', multus: { networkName: `${env.ns}/vlan100` } },
    ]);
    expect(podSpec.volumes![1].cloudInitNoCloud!.userData).toBe(
      `#cloud-config\npackages:\n  - nginx\nssh_authorized_keys:\n  - ${JSON.stringify(
        aliceKey,
      )}\n`,
    );
    expect(vm.metadata.labels).toMatchObject({ os: 'ubuntu' });
    expect(vm.metadata.annotations![HARVESTER_LABELS.templateVersion]).toBe(
      `${env.ns}/small-v1`,
    );
    expect(vm.spec!.runStrategy).toBe('Halted');

    await request(app)
      .post(env.vmsPath)
      .set(asUser(alice))
      .send({ name: 'from-v1', template: `${env.ns}/small:1`, cpuCores: 8 })
      .expect(201);
    expect(
      (await env.readVm('from-v1'))!.spec!.template.spec.domain.cpu,
    ).toEqual({
      cores: 8,
      sockets: 1,
      threads: 1,
    });
    const missing = await request(app)
      .post(env.vmsPath)
      .set(asUser(alice))
      .send({ name: 'from-v7', template: `${env.ns}/small:7` })
      .expect(400);
    expect(missing.body.error.message).toMatch(
      /template: version 7 of .*small not found/,
    );
  });
});
