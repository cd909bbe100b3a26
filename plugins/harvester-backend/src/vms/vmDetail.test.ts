import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_LABELS,
  VmDetail,
} from '@internal/plugin-harvester-common';
import request from 'supertest';
import { asUser } from '../__testUtils__/testContext';
import { writeStatus } from '../__testUtils__/writeStatus';
import { vmTestCluster } from './__testUtils__/vmTestCluster';
import { vmCondition, vmsTestApp } from './__testUtils__/vmsTestApp';

const GiB = 2 ** 30;
const alice = 'user:default/alice';

describe('GET /clusters/:c/namespaces/:ns/vms/:name', () => {
  let path: string;

  const env = vmTestCluster(
    async ({ cluster, fixtures, ns }) => {
      path = `/clusters/${cluster.definition.name}/namespaces/${ns}/vms/web`;
      await fixtures.pvc('web-root', '10Gi', {
        [HARVESTER_LABELS.imageId]: `${ns}/ubuntu`,
      });
      const vm = await cluster.client.create('vm', {
        metadata: {
          name: 'web',
          namespace: ns,
          annotations: {
            [HARVESTER_ANNOTATIONS.owner]: alice,
            [HARVESTER_LABELS.sshNames]: JSON.stringify([`${ns}/alice-key`]),
            [HARVESTER_LABELS.templateVersion]: `${ns}/small-v1`,
            'field.cattle.io/description': 'shop frontend',
          },
        },
        spec: {
          runStrategy: 'Always',
          template: {
            spec: {
              domain: {
                cpu: { cores: 1, sockets: 2, threads: 2 },
                resources: { requests: { memory: '2Gi' } },
                devices: {
                  disks: [
                    { name: 'root', bootOrder: 1, disk: { bus: 'virtio' } },
                    { name: 'iso', cdrom: { bus: 'sata' } },
                    { name: 'cloudinitdisk', disk: { bus: 'virtio' } },
                  ],
                  interfaces: [
                    { name: 'default', model: 'virtio', masquerade: {} },
                    {
                      name: 'nic-1',
                      model: 'e1000',
                      bridge: {},
                      macAddress: '52:54:00:00:00:02',
                    },
                  ],
                },
              },
              networks: [
                { name: 'default', pod: {} },
                { name: 'nic-1', multus: { networkName: 'vlan100' } },
              ],
              volumes: [
                {
                  name: 'root',
                  persistentVolumeClaim: { claimName: 'web-root' },
                },
                {
                  name: 'iso',
                  containerDisk: { image: 'registry.example/iso:1' },
                },
                {
                  name: 'cloudinitdisk',
                  cloudInitNoCloud: {
                    userData: '#cloud-config\n',
                    networkData: 'version: 2\n',
                  },
                },
              ],
            },
          },
        },
      });
      await writeStatus(cluster, 'vm', 'web', {
        printableStatus: 'Running',
        conditions: [{ type: 'Ready', status: 'True' }],
      });
      await fixtures.vmi('web', {
        phase: 'Running',
        nodeName: 'host-a',
        interfaces: [
          { name: 'default', mac: '52:54:00:00:00:01', ipAddress: '10.52.0.9' },
        ],
      });
      for (const [name, created] of [
        ['web-old', '2024'],
        ['web-new', '2025'],
      ]) {
        await cluster.client.create('migration', {
          metadata: {
            name,
            namespace: ns,
            annotations: {
              [HARVESTER_ANNOTATIONS.targetHost]: `host-${created}`,
            },
          },
          spec: { vmiName: 'web' },
        });
        await writeStatus(cluster, 'migration', name, {
          phase: 'Succeeded',
          migrationState: {
            sourceNode: 'host-a',
            targetNode: `host-${created}`,
            startTimestamp: `${created}-01-01T00:00:00Z`,
            endTimestamp: `${created}-01-01T00:01:00Z`,
          },
        });
        // Creation timestamps have one-second resolution: keep them apart.
        await new Promise(resolve => setTimeout(resolve, 1100));
      }
      await cluster.client.create('backup', {
        metadata: { name: 'web-snap', namespace: ns },
        spec: {
          type: 'snapshot',
          source: {
            apiGroup: 'kubevirt.io',
            kind: 'VirtualMachine',
            name: 'web',
          },
        },
      });
      await cluster.client.create('event', {
        metadata: { name: 'web-started', namespace: ns },
        involvedObject: {
          apiVersion: 'kubevirt.io/v1',
          kind: 'VirtualMachineInstance',
          name: 'web',
          namespace: ns,
          uid: vm.metadata.uid,
        },
        reason: 'Started',
        message: 'VirtualMachineInstance started.',
        type: 'Normal',
        count: 2,
        firstTimestamp: '2025-01-01T00:00:00Z',
        lastTimestamp: '2025-01-01T00:05:00Z',
        source: { component: 'virt-handler' },
      });
      await cluster.cached('event', ns, 'web-started');
      await cluster.cached('backup', ns, 'web-snap');
    },
    {
      owner: 'group:default/virtualization',
    },
  );

  it('shows disks, interfaces, migrations, backups, cloud-init, keys and events', async () => {
    const { app } = await vmsTestApp(env.cluster.registry);
    const res = await request(app).get(path).set(asUser(alice)).expect(200);
    const detail = res.body as VmDetail;
    expect(detail).toMatchObject({
      name: 'web',
      state: 'Running',
      cpuCores: 4,
      memoryBytes: 2 * GiB,
      storageBytes: 10 * GiB,
      description: 'shop frontend',
      templateVersion: `${env.ns}/small-v1`,
      sshKeys: [`${env.ns}/alice-key`],
      cloudInit: { userData: '#cloud-config\n', networkData: 'version: 2\n' },
      conditions: [{ type: 'Ready', status: 'True' }],
    });
    expect(detail.disks).toEqual([
      {
        name: 'root',
        volumeName: 'web-root',
        claimName: 'web-root',
        bus: 'virtio',
        type: 'disk',
        sizeBytes: 10 * GiB,
        bootOrder: 1,
        imageId: `${env.ns}/ubuntu`,
      },
      { name: 'iso', volumeName: 'containerDisk', bus: 'sata', type: 'cdrom' },
      {
        name: 'cloudinitdisk',
        volumeName: 'cloudInitNoCloud',
        bus: 'virtio',
        type: 'disk',
      },
    ]);
    expect(detail.interfaces).toEqual([
      {
        name: 'default',
        network: 'pod',
        model: 'virtio',
        macAddress: '52:54:00:00:00:01',
        ipAddress: '10.52.0.9',
      },
      {
        name: 'nic-1',
        network: `${env.ns}/vlan100`,
        model: 'e1000',
        macAddress: '52:54:00:00:00:02',
      },
    ]);
    expect(
      detail.migrations.map(m => [
        m.name,
        m.phase,
        m.sourceHost,
        m.targetHost,
        m.requestedTargetHost,
      ]),
    ).toEqual([
      ['web-new', 'Succeeded', 'host-a', 'host-2025', 'host-2025'],
      ['web-old', 'Succeeded', 'host-a', 'host-2024', 'host-2024'],
    ]);
    expect(detail.backups).toEqual([
      expect.objectContaining({
        name: 'web-snap',
        type: 'snapshot',
        sourceVm: 'web',
        owner: alice,
      }),
    ]);
    expect(detail.consoleUrl).toBe(
      `${new URL(env.cluster.definition.url).protocol}//${
        new URL(env.cluster.definition.url).hostname
      }/dashboard/harvester/console/${detail.uid}/vnc`,
    );
    expect(detail.events).toEqual([
      {
        cluster: env.cluster.definition.name,
        namespace: env.ns,
        type: 'Normal',
        reason: 'Started',
        message: 'VirtualMachineInstance started.',
        object: 'VirtualMachineInstance/web',
        count: 2,
        lastSeen: '2025-01-01T00:05:00Z',
      },
    ]);
  });

  it('answers 401, 403 (also by condition) and 404', async () => {
    const denied = (await vmsTestApp(env.cluster.registry, {})).app;
    await request(denied).get(path).expect(401);
    await request(denied).get(path).set(asUser(alice)).expect(403);
    const bobOnly = (
      await vmsTestApp(env.cluster.registry, {
        'harvester.vm.read': vmCondition('owner', ['user:default/bob']),
      })
    ).app;
    const res = await request(bobOnly).get(path).set(asUser(alice)).expect(403);
    expect(res.body.error.message).toContain(
      `${env.cluster.definition.name}/${env.ns}/web`,
    );
    const { app } = await vmsTestApp(env.cluster.registry);
    await request(app).get(`${path}-gone`).set(asUser(alice)).expect(404);
  });
});
