import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_HOST_RESOURCE_TYPE,
  HARVESTER_LABELS,
  HostDetail,
  HostSummary,
} from '@internal/plugin-harvester-common';
import request from 'supertest';
import {
  createTestCluster,
  randomSuffix,
  TestCluster,
} from '../__testUtils__/testCluster';
import {
  areaTestApp,
  asUser,
  resourceCondition,
  TestGrants,
} from '../__testUtils__/testContext';
import { vmFixtures } from '../vms/__testUtils__/vmFixtures';
import { hostFixtures, hostStatus } from './__testUtils__/hostFixtures';
import { createHostsRouter } from './createHostsRouter';

const GiB = 2 ** 30;
const team = 'group:default/platform';
const ops = 'user:default/ops';
const readGrants: TestGrants = {
  'harvester.host.read': true,
  'harvester.vm.read': true,
};

describe('hosts router: list and detail', () => {
  let cluster: TestCluster;
  let hosts: ReturnType<typeof hostFixtures>;
  let vms: ReturnType<typeof vmFixtures>;
  const run = randomSuffix();
  const runLabel = { [`${HARVESTER_LABELS.tagPrefix}run`]: run };
  const nodeEvent = `node-event-${run}`;
  let prod: string;
  let lab: string;
  let old: string;

  beforeAll(async () => {
    cluster = await createTestCluster({ owner: team });
    hosts = hostFixtures(cluster);
    vms = vmFixtures(cluster);
    prod = await hosts.node('prod', {
      labels: {
        ...runLabel,
        [`${HARVESTER_LABELS.tagPrefix}pool`]: 'gold',
        [HARVESTER_LABELS.roleManagement]: 'true',
        'kubevirt.io/schedulable': 'true',
      },
      annotations: { [HARVESTER_ANNOTATIONS.nicSpeedGbps]: '25' },
      status: hostStatus('16', '64Gi', {
        allocatable: {
          cpu: '15500m',
          memory: '60Gi',
          'devices.kubevirt.io/kvm': '1k',
        },
        addresses: [
          { type: 'Hostname', address: 'prod' },
          { type: 'InternalIP', address: '10.0.0.11' },
        ],
      }),
    });
    lab = await hosts.node('lab', {
      labels: runLabel,
      status: hostStatus('8', '32Gi', {
        capacity: { cpu: '8', memory: '32Gi', 'ephemeral-storage': '300G' },
      }),
    });
    old = await hosts.node('old', {
      labels: { ...runLabel, [HARVESTER_LABELS.roleWitness]: 'true' },
      annotations: { [HARVESTER_ANNOTATIONS.owner]: ops },
      status: {
        ...hostStatus('4', '16Gi'),
        conditions: [
          { type: 'Ready', status: 'False', message: 'kubelet stopped' },
        ],
        nodeInfo: { architecture: 'arm64' },
      },
    });
    await hosts.blockDevice(prod, `nvme0-${run}`, 300e9);
    await hosts.blockDevice(prod, `nvme1-${run}`, 300e9);
    await hosts.blockDevice(prod, `nvme1p1-${run}`, 100e9, 'part');
    await hosts.longhornNode(prod, {
      // Over-provisioned, as Longhorn allows: promised more than the disk.
      [`disk-${run}`]: {
        storageMaximum: 500e9,
        storageScheduled: 620e9,
        storageAvailable: 380e9,
      },
    });
    await hosts.metrics(prod, '2500m', '8Gi');
    await vms.vm('web');
    await vms.vmi('web', { phase: 'Running', nodeName: prod });
    await vms.vmi('batch', { phase: 'Running', nodeName: prod });
    // An instance that ended holds nothing until its VM starts again.
    await vms.vm('finished', { cores: 8, memory: '16Gi' });
    await vms.vmi('finished', { phase: 'Succeeded', nodeName: old });
    await cluster.client.create('event', {
      metadata: { name: nodeEvent, namespace: 'default' },
      involvedObject: { kind: 'Node', name: prod },
      reason: 'NodeReady',
      message: 'Node is ready',
      type: 'Normal',
      count: 2,
      lastTimestamp: '2030-01-01T00:00:00Z',
    });
  });

  afterAll(async () => {
    await cluster?.client.delete('event', 'default', nodeEvent);
    await hosts?.cleanup();
    await cluster?.cleanup();
  });

  const app = async (grants: TestGrants = readGrants) =>
    (await areaTestApp(createHostsRouter, cluster.registry, grants)).app;
  const list = async (query = '', grants?: TestGrants) => {
    const res = await request(await app(grants))
      .get(`/hosts?cluster=${cluster.definition.name}&q=${run}&${query}`)
      .set(asUser());
    expect(res.status).toBe(200);
    return res.body as { items: HostSummary[]; totalCount: number };
  };
  const names = (page: { items: HostSummary[] }) => page.items.map(h => h.name);
  const statusOf = async (
    path: string,
    grants?: TestGrants,
    signedIn = true,
  ) => {
    const get = request(await app(grants)).get(path);
    return (await (signedIn ? get.set(asUser()) : get)).status;
  };
  const hostPath = (name: string) =>
    `/clusters/${cluster.definition.name}/hosts/${name}`;

  it('summarises hosts from Nodes, block devices, Longhorn and metrics', async () => {
    const page = await list();
    expect(names(page)).toEqual([lab, old, prod]);
    const summary = page.items.find(h => h.name === prod)!;
    expect(summary).toEqual({
      cluster: cluster.definition.name,
      name: prod,
      state: 'Active',
      roles: ['management'],
      internalIp: '10.0.0.11',
      cpuCores: 16,
      memoryBytes: 64 * GiB,
      storageBytes: 500e9,
      // `web` asked for 2 cores and 4 GiB; `batch` has no VM to say.
      usage: {
        cpuCoresTotal: 15.5,
        memoryBytesTotal: 60 * GiB,
        cpuCoresAllocated: 2,
        memoryBytesAllocated: 4 * GiB,
        cpuCoresUsed: 2.5,
        memoryBytesUsed: 8 * GiB,
        storageBytesTotal: 500e9,
        storageBytesUsed: 120e9,
        storageBytesProvisioned: 620e9,
      },
      vmCount: 2,
      readiness: {
        grade: 'production',
        checks: expect.any(Array),
        unmet: [],
      },
      owner: team,
      tags: expect.arrayContaining(['pool', 'pool=gold', `run=${run}`]),
      labels: expect.objectContaining({
        [HARVESTER_LABELS.roleManagement]: 'true',
      }),
      kernelVersion: '5.14.21',
      osImage: 'Harvester v1.5.0',
      createdAt: expect.stringMatching(/^\d{4}-/),
    });
    // 600 GB of whole disks: the partition is not counted twice.
    expect(summary.readiness.checks.find(c => c.id === 'disk')?.actual).toBe(
      '600 GB',
    );
  });

  it('grades readiness from what each host reports', async () => {
    const page = await list();
    const byName = Object.fromEntries(page.items.map(h => [h.name, h]));
    expect(byName[lab]).toMatchObject({
      state: 'Active',
      roles: ['worker'],
      vmCount: 0,
      usage: { cpuCoresTotal: 8, memoryBytesTotal: 32 * GiB },
      readiness: {
        grade: 'test',
        unmet: [
          'CPU 8 cores < 16 cores (production)',
          'Memory 32 GiB < 64 GiB (production)',
          'Disk 300 GB < 500 GB (production)',
          'NIC speed unknown',
          'Hardware virtualisation unknown',
          '/dev/kvm unknown',
        ],
      },
    });
    expect(byName[lab].usage.cpuCoresUsed).toBeUndefined();
    expect(byName[lab].storageBytes).toBeUndefined();
    expect(byName[old]).toMatchObject({
      state: 'NotReady',
      roles: ['witness'],
      usage: { cpuCoresAllocated: 0, memoryBytesAllocated: 0 },
      readiness: { grade: 'below' },
    });
    expect(byName[old].readiness.unmet).toContain(
      'Architecture arm64, needs x86_64',
    );
  });

  it('filters by state, sorts and pages', async () => {
    expect(names(await list('state=NotReady'))).toEqual([old]);
    expect(names(await list('state=Active,NotReady&sort=-cpuCores'))).toEqual([
      prod,
      lab,
      old,
    ]);
    const page = await list('sort=cpuCores&offset=1&limit=1');
    expect(page.totalCount).toBe(3);
    expect(names(page)).toEqual([lab]);
    expect(names(await list(`label=${HARVESTER_LABELS.roleWitness}`))).toEqual([
      old,
    ]);
    // A host's own owner annotation, else the cluster's owner.
    expect(names(await list(`owner=${ops}`))).toEqual([old]);
    expect(names(await list(`owner=${team}`))).toEqual([lab, prod]);
  });

  it('shows a host with its disks, VMs and events', async () => {
    const res = await request(await app())
      .get(hostPath(prod))
      .set(asUser())
      .expect(200);
    const detail = res.body as HostDetail;
    expect(detail).toMatchObject({ name: prod, state: 'Active', vmCount: 2 });
    expect(detail.conditions).toEqual([{ type: 'Ready', status: 'True' }]);
    expect(detail.blockDevices).toEqual(
      expect.arrayContaining([
        {
          name: `nvme1p1-${run}`,
          devPath: `/dev/nvme1p1-${run}`,
          sizeBytes: 100e9,
          deviceType: 'part',
          provisioned: true,
        },
      ]),
    );
    expect(detail.blockDevices).toHaveLength(3);
    // `batch` is a VMI without a VM: only VMs are listed.
    expect(detail.vms.map(vm => vm.name)).toEqual(['web']);
    expect(detail.events).toEqual([
      {
        cluster: cluster.definition.name,
        namespace: 'default',
        type: 'Normal',
        reason: 'NodeReady',
        message: 'Node is ready',
        object: `Node/${prod}`,
        count: 2,
        lastSeen: '2030-01-01T00:00:00Z',
      },
    ]);
  });

  it('leaves out the VMs of a host the caller may not read', async () => {
    const res = await request(await app({ 'harvester.host.read': true }))
      .get(hostPath(prod))
      .set(asUser())
      .expect(200);
    expect(res.body.vms).toEqual([]);
    expect(res.body.vmCount).toBe(2);
  });

  it('answers 404 for an unknown host or cluster', async () => {
    expect(await statusOf(hostPath(`missing-${run}`))).toBe(404);
    expect(await statusOf(`/clusters/nope-${run}/hosts/${prod}`)).toBe(404);
  });

  it('authenticates and authorizes', async () => {
    expect(await statusOf('/hosts', readGrants, false)).toBe(401);
    expect(await statusOf(hostPath(prod), readGrants, false)).toBe(401);
    expect(await statusOf('/hosts', {})).toBe(403);
    expect(await statusOf(hostPath(prod), {})).toBe(403);
    expect(await statusOf('/hosts?limit=0')).toBe(400);
  });

  it('applies a conditional grant to every host', async () => {
    const grants = {
      'harvester.host.read': resourceCondition(
        HARVESTER_HOST_RESOURCE_TYPE,
        'tag',
        ['pool=gold'],
      ),
    };
    expect(names(await list('', grants))).toEqual([prod]);
    await request(await app(grants))
      .get(hostPath(prod))
      .set(asUser())
      .expect(200);
    await request(await app(grants))
      .get(hostPath(lab))
      .set(asUser())
      .expect(403);
  });
});
