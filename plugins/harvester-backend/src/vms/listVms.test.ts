import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_LABELS,
  harvesterVmEntityRef,
  VmSummary,
} from '@internal/plugin-harvester-common';
import request from 'supertest';
import { asUser } from '../__testUtils__/testContext';
import { writeStatus } from '../__testUtils__/writeStatus';
import { vmTestCluster } from './__testUtils__/vmTestCluster';
import { vmCondition, vmsTestApp } from './__testUtils__/vmsTestApp';

const GiB = 2 ** 30;
const alice = 'user:default/alice';
const team = 'group:default/team-ns';

describe('GET /vms', () => {
  const env = vmTestCluster(
    async ({ cluster, fixtures, ns }) => {
      await cluster.client.patch('namespace', undefined, ns, {
        metadata: { annotations: { [HARVESTER_ANNOTATIONS.owner]: team } },
      });
      await fixtures.pvc('web-disk-0', '10Gi');
      await fixtures.vm(
        'web',
        {
          runStrategy: 'Always',
          annotations: { [HARVESTER_ANNOTATIONS.owner]: alice },
          labels: { [`${HARVESTER_LABELS.tagPrefix}env`]: 'prod', app: 'shop' },
          claims: ['web-disk-0', 'web-disk-1'],
          claimTemplates: [
            {
              metadata: { name: 'web-disk-1' },
              spec: { resources: { requests: { storage: '20Gi' } } },
            },
          ],
        },
        { printableStatus: 'Running', ready: true },
      );
      await fixtures.vmi('web', {
        phase: 'Running',
        nodeName: 'host-a',
        interfaces: [
          {
            name: 'default',
            mac: '52:54:00:aa:bb:cc',
            ipAddress: '10.0.0.5',
            ipAddresses: ['10.0.0.5', 'fd00::5'],
          },
        ],
      });
      await fixtures.vm(
        'db',
        {
          runStrategy: 'Halted',
          cores: 4,
          memory: '8Gi',
          labels: { [`${HARVESTER_LABELS.tagPrefix}backup`]: '' },
        },
        { printableStatus: 'Stopped' },
      );
      await fixtures.vm(
        'broken',
        { runStrategy: 'Always' },
        {
          printableStatus: 'ErrorUnschedulable',
          conditions: [
            {
              type: 'Ready',
              status: 'False',
              reason: 'Unschedulable',
              message: 'no host has 64Gi free',
            },
          ],
        },
      );
      await fixtures.vm(
        'moving',
        { runStrategy: 'Always' },
        { printableStatus: 'Running' },
      );
      await fixtures.vmi('moving', { phase: 'Running', nodeName: 'host-b' });
      await cluster.client.create('migration', {
        metadata: {
          name: 'moving-1',
          namespace: ns,
          annotations: { [HARVESTER_ANNOTATIONS.targetHost]: 'host-c' },
        },
        spec: { vmiName: 'moving' },
      });
      await writeStatus(cluster, 'migration', 'moving-1', {
        phase: 'Running',
        migrationState: {
          sourceNode: 'host-b',
          startTimestamp: '2025-01-01T00:00:00Z',
        },
      });
    },
    {
      owner: 'group:default/virtualization',
    },
  );

  const listAs = async (
    query: string,
    grants?: Parameters<typeof vmsTestApp>[1],
  ) => {
    const { app } = await vmsTestApp(env.cluster.registry, grants);
    const res = await request(app).get(`/vms?${query}`).set(asUser(alice));
    expect(res.status).toBe(200);
    return res.body as { items: VmSummary[]; totalCount: number };
  };
  const names = (page: { items: VmSummary[] }) => page.items.map(vm => vm.name);

  it('summarises VMs from their VM, VMI, PVCs and migrations', async () => {
    const page = await listAs(`namespace=${env.ns}`);
    expect(names(page)).toEqual(['broken', 'db', 'moving', 'web']);
    const byName = Object.fromEntries(page.items.map(vm => [vm.name, vm]));
    expect(byName.web).toEqual({
      cluster: env.cluster.definition.name,
      namespace: env.ns,
      name: 'web',
      uid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      state: 'Running',
      runStrategy: 'Always',
      host: 'host-a',
      ipAddresses: ['10.0.0.5', 'fd00::5'],
      cpuCores: 2,
      memoryBytes: 4 * GiB,
      storageBytes: 30 * GiB,
      owner: alice,
      tags: ['env', 'env=prod'],
      labels: { [`${HARVESTER_LABELS.tagPrefix}env`]: 'prod', app: 'shop' },
      entityRef: harvesterVmEntityRef({
        cluster: env.cluster.definition.name,
        namespace: env.ns,
        name: 'web',
      }),
      createdAt: expect.stringMatching(/^\d{4}-/),
    });
    expect(byName.db).toMatchObject({
      state: 'Stopped',
      cpuCores: 4,
      memoryBytes: 8 * GiB,
      owner: team,
      tags: ['backup'],
    });
    expect(byName.broken).toMatchObject({
      state: 'Error',
      message: 'ErrorUnschedulable: no host has 64Gi free',
    });
    expect(byName.moving).toMatchObject({ state: 'Migrating', host: 'host-b' });
  });

  it('filters by state, host, owner, label, text and pages', async () => {
    expect(names(await listAs(`namespace=${env.ns}&state=Running`))).toEqual([
      'web',
    ]);
    expect(
      names(await listAs(`namespace=${env.ns}&state=Stopped,Error`)),
    ).toEqual(['broken', 'db']);
    expect(names(await listAs(`namespace=${env.ns}&host=host-b`))).toEqual([
      'moving',
    ]);
    expect(names(await listAs(`namespace=${env.ns}&owner=${team}`))).toEqual([
      'broken',
      'db',
      'moving',
    ]);
    expect(names(await listAs(`namespace=${env.ns}&label=app%3Dshop`))).toEqual(
      ['web'],
    );
    expect(names(await listAs(`namespace=${env.ns}&q=mov`))).toEqual([
      'moving',
    ]);
    expect(
      names(
        await listAs(`cluster=${env.cluster.definition.name}&namespace=other`),
      ),
    ).toEqual([]);
    const page = await listAs(
      `namespace=${env.ns}&sort=-cpuCores&offset=1&limit=2`,
    );
    expect(page.totalCount).toBe(4);
    expect(names(page)).toEqual(['broken', 'moving']);
  });

  it('applies the policy conditions to each VM', async () => {
    const read = (decision: ReturnType<typeof vmCondition>) => ({
      'harvester.vm.read': decision,
    });
    expect(
      names(
        await listAs(
          `namespace=${env.ns}`,
          read(vmCondition('owner', [alice])),
        ),
      ),
    ).toEqual(['web']);
    expect(
      names(
        await listAs(
          `namespace=${env.ns}`,
          read(vmCondition('tag', ['backup'])),
        ),
      ),
    ).toEqual(['db']);
    expect(
      names(
        await listAs(
          `namespace=${env.ns}`,
          read(vmCondition('namespace', ['elsewhere'])),
        ),
      ),
    ).toEqual([]);
    expect(
      names(
        await listAs(
          '',
          read(
            vmCondition('namespace', [
              `${env.cluster.definition.name}/${env.ns}`,
            ]),
          ),
        ),
      ),
    ).toEqual(['broken', 'db', 'moving', 'web']);
  });

  it('answers 401 without a user, 403 without the permission and 400 for bad queries', async () => {
    const { app } = await vmsTestApp(env.cluster.registry, {});
    await request(app).get('/vms').expect(401);
    await request(app).get('/vms').set(asUser(alice)).expect(403);
    const allowed = (await vmsTestApp(env.cluster.registry)).app;
    const bad = await request(allowed)
      .get('/vms?limit=0')
      .set(asUser(alice))
      .expect(400);
    expect(bad.body.error.message).toMatch(/limit/);
    await request(allowed)
      .get('/vms?cluster=nope')
      .set(asUser(alice))
      .expect(404);
  });
});
