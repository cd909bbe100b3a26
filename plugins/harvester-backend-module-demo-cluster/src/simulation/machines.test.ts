import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_LABELS,
} from '@internal/plugin-harvester-common';
import { useSimulationOnRealCluster } from '../__testUtils__/simulationOnRealCluster';

/** VMs, migrations and maintenance, simulated against a real API server. */
describe('simulated virt-controller and Harvester, for VMs and hosts', () => {
  jest.setTimeout(60_000);
  const sim = useSimulationOnRealCluster();
  const { api, get, tickUntil, runningVm, hosts, demoVm } = sim;
  let namespace = '';
  beforeAll(() => {
    namespace = sim.namespace;
  });

  it('starts an Always VM on a test host and stops it when Halted', async () => {
    await api.create('vm', demoVm('web', {}));
    await api.patch('vm', namespace, 'web', {
      spec: { runStrategy: 'Always' },
    });

    const vmi = await tickUntil('VMI running', async () => {
      const current = await get('vmi', 'web');
      return current?.status?.phase === 'Running' ? current : undefined;
    });
    expect(hosts).toContain(vmi.status.nodeName);
    expect(vmi.status.interfaces[0].ipAddress).toMatch(/^10\.52\.\d+\.\d+$/);
    expect(vmi.metadata.ownerReferences?.[0]).toMatchObject({
      kind: 'VirtualMachine',
      name: 'web',
    });

    const vm = await tickUntil('VM status Running', async () => {
      const current = await get('vm', 'web');
      return current?.status?.printableStatus === 'Running'
        ? current
        : undefined;
    });
    expect(vm.status).toMatchObject({ ready: true, created: true });

    const claims = await api.list('pvc', { namespace });
    expect(
      claims.map(c => [
        c.metadata.name.replace(/-\w{5}$/, ''),
        c.status?.phase,
      ]),
    ).toContainEqual(['web-disk-0', 'Bound']);
    const pods = await api.list('pod', {
      namespace,
      labelSelector: 'kubevirt.io/domain=web',
    });
    expect(pods.map(p => p.spec?.nodeName)).toEqual([vmi.status.nodeName]);
    const events = await api.list('event', { namespace });
    expect(events.map(e => e.reason)).toEqual(
      expect.arrayContaining(['SuccessfulCreate', 'Started']),
    );

    await api.patch('vm', namespace, 'web', {
      spec: { runStrategy: 'Halted' },
    });
    await tickUntil('VMI gone', async () =>
      (await get('vmi', 'web')) ? undefined : true,
    );
    await tickUntil('VM Stopped', async () =>
      (await get('vm', 'web'))?.status?.printableStatus === 'Stopped'
        ? true
        : undefined,
    );
    await tickUntil('launcher pod gone', async () =>
      (
        await api.list('pod', {
          namespace,
          labelSelector: 'kubevirt.io/domain=web',
        })
      ).length
        ? undefined
        : true,
    );
  });

  it('reports a VM no test host can take as ErrorUnschedulable', async () => {
    await api.create(
      'vm',
      demoVm('gpu', { nodeSelector: { 'nvidia.com/gpu.present': 'true' } }),
    );
    const vm = await tickUntil('ErrorUnschedulable', async () => {
      const current = await get('vm', 'gpu');
      return current?.status?.printableStatus === 'ErrorUnschedulable'
        ? current
        : undefined;
    });
    expect(vm.status.conditions).toContainEqual(
      expect.objectContaining({
        type: 'PodScheduled',
        status: 'False',
        reason: 'Unschedulable',
      }),
    );
    await api.delete('vm', namespace, 'gpu');
  });

  it('live-migrates a VM to the requested host through Pending, Scheduling, TargetReady, Running, Succeeded', async () => {
    const vmi = await runningVm('db');
    const source = vmi.status.nodeName;
    const target = hosts.find(h => h !== source)!;
    await api.create('migration', {
      apiVersion: 'kubevirt.io/v1',
      kind: 'VirtualMachineInstanceMigration',
      metadata: {
        name: 'db-move',
        namespace,
        annotations: { [HARVESTER_ANNOTATIONS.targetHost]: target },
      },
      spec: { vmiName: 'db' },
    });
    const phases: string[] = [];
    const vmStates = new Set<string>();
    await tickUntil('migration succeeded', async () => {
      const phase = (await get('migration', 'db-move'))?.status?.phase;
      if (phase && phases[phases.length - 1] !== phase) phases.push(phase);
      vmStates.add((await get('vm', 'db'))?.status?.printableStatus);
      return phase === 'Succeeded' ? true : undefined;
    });
    expect(vmStates).toContain('Migrating');
    expect(phases).toEqual([
      'Pending',
      'Scheduling',
      'TargetReady',
      'Running',
      'Succeeded',
    ]);
    const moved = await get('vmi', 'db');
    expect(moved?.status.nodeName).toBe(target);
    expect(moved?.status.migrationState).toMatchObject({
      sourceNode: source,
      targetNode: target,
      completed: true,
    });
    await tickUntil('launcher pod moved', async () => {
      const pods = await api.list('pod', {
        namespace,
        labelSelector: 'kubevirt.io/domain=db',
      });
      return pods.length === 1 && pods[0].spec?.nodeName === target
        ? true
        : undefined;
    });
  });

  it('treats a migration deleted while it runs as aborted: the VMI stays on its host', async () => {
    const vmi = await runningVm('cache');
    await api.create('migration', {
      apiVersion: 'kubevirt.io/v1',
      kind: 'VirtualMachineInstanceMigration',
      metadata: { name: 'cache-move', namespace },
      spec: { vmiName: 'cache' },
    });
    await tickUntil('migration running', async () =>
      (await get('migration', 'cache-move'))?.status?.phase === 'Running'
        ? true
        : undefined,
    );
    await api.delete('migration', namespace, 'cache-move');
    const aborted = await tickUntil('abort reported', async () => {
      const current = await get('vmi', 'cache');
      return current?.status?.migrationState?.abortStatus === 'Succeeded'
        ? current
        : undefined;
    });
    expect(aborted.status.nodeName).toBe(vmi.status.nodeName);
  });

  it('puts a host in maintenance: its VMs migrate away, then it is completed', async () => {
    const vmi = await runningVm('batch');
    const host = vmi.status.nodeName;
    await api.patch('node', undefined, host, {
      spec: { unschedulable: true },
      metadata: { annotations: { [HARVESTER_LABELS.drainRequested]: 'true' } },
    });
    await tickUntil('maintenance completed', async () => {
      const node = await api.get('node', undefined, host);
      return node?.metadata.annotations?.[HARVESTER_LABELS.maintenance] ===
        'completed'
        ? true
        : undefined;
    });
    const vmis = await api.list('vmi', { namespace });
    expect(vmis.filter(v => v.status?.nodeName === host)).toEqual([]);
    expect((await get('vmi', 'batch'))?.status?.phase).toBe('Running');

    await api.patch('node', undefined, host, {
      spec: { unschedulable: null },
      metadata: { annotations: { [HARVESTER_LABELS.drainRequested]: null } },
    });
    await tickUntil('maintenance ended', async () => {
      const node = await api.get('node', undefined, host);
      return node?.metadata.annotations?.[HARVESTER_LABELS.maintenance]
        ? undefined
        : true;
    });
  });

  it('publishes NodeMetrics of the hosts and PodMetrics of launcher pods', async () => {
    const vmi = await runningVm('metered');
    const host = vmi.status.nodeName;
    const nodeMetrics = await tickUntil('NodeMetrics', () =>
      api.get('nodeMetrics', undefined, host),
    );
    expect(nodeMetrics.usage).toEqual({
      cpu: expect.stringMatching(/^\d+n$/),
      memory: expect.stringMatching(/^\d+Ki$/),
    });
    const [pod] = await api.list('pod', {
      namespace,
      labelSelector: 'kubevirt.io/domain=metered',
    });
    expect(pod.metadata.name).toMatch(/^virt-launcher-metered-\w{5}$/);
    const podMetrics = await tickUntil('PodMetrics', () =>
      get('podMetrics', pod.metadata.name),
    );
    expect(podMetrics.containers).toEqual([
      {
        name: 'compute',
        usage: {
          cpu: expect.stringMatching(/n$/),
          memory: expect.stringMatching(/Ki$/),
        },
      },
    ]);
  });

  it("keeps a ResourceQuota's status.used to the namespace's launcher pods", async () => {
    await api.create('resourceQuota', {
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: { name: 'vms', namespace },
      spec: {
        hard: { pods: '20', 'requests.cpu': '8', 'requests.memory': '64Gi' },
      },
    });
    const quota = await tickUntil('quota status', async () => {
      const current = await get('resourceQuota', 'vms');
      return current?.status?.used ? current : undefined;
    });
    const pods = await api.list('pod', {
      namespace,
      labelSelector: 'kubevirt.io=virt-launcher',
    });
    expect(quota.status.used.pods).toBe(String(pods.length));
    expect(quota.status.hard).toEqual(quota.spec.hard);
    await runningVm('counted');
    await tickUntil('quota counts the new VM', async () =>
      (await get('resourceQuota', 'vms'))?.status?.used?.pods ===
      String(pods.length + 1)
        ? true
        : undefined,
    );
  });
});
