import { Request } from 'express';
import { createTestCluster, TestCluster } from '../__testUtils__/testCluster';
import { createCurrentUsageReader } from './currentUsage';

const LAUNCHER = 'virt-launcher-vm-1-abcde';

describe('createCurrentUsageReader', () => {
  let cluster: TestCluster;
  let oidc: TestCluster;
  beforeAll(async () => {
    cluster = await createTestCluster();
    oidc = await createTestCluster({ oidc: true });
  });
  afterAll(async () => {
    await cluster?.cleanup();
    await oidc?.cleanup();
  });

  /** metrics-server's reading of VM vm-1's virt-launcher pod. */
  const launcher = (target: TestCluster, cpu: string) =>
    target.client.create('podMetrics', {
      apiVersion: 'metrics.k8s.io/v1beta1',
      kind: 'PodMetrics',
      metadata: {
        name: LAUNCHER,
        namespace: target.namespace,
        labels: { 'kubevirt.io/domain': 'vm-1' },
      },
      containers: [{ name: 'compute', usage: { cpu, memory: '1Gi' } }],
    });

  const cpuOf = async (
    read: ReturnType<typeof createCurrentUsageReader>,
    target: TestCluster,
    req = {} as Request,
  ) =>
    (await read(target.handle, req)).vms.find(
      v => v.namespace === target.namespace && v.name === 'vm-1',
    )?.cpuCoresUsed;

  it('reads metrics with the service account at most once every 10 s', async () => {
    let now = 0;
    const read = createCurrentUsageReader(() => now);
    await launcher(cluster, '1');
    expect(await cpuOf(read, cluster)).toBe(1);

    await cluster.client.patch('podMetrics', cluster.namespace, LAUNCHER, {
      containers: [{ name: 'compute', usage: { cpu: '3', memory: '1Gi' } }],
    });
    now = 9_999;
    expect(await cpuOf(read, cluster)).toBe(1);
    now = 10_000;
    expect(await cpuOf(read, cluster)).toBe(3);
  });

  it('never shares what a user read with their own token', async () => {
    const read = createCurrentUsageReader(() => 0);
    const req = (token: string) =>
      ({ header: () => token } as unknown as Request);
    await launcher(oidc, '2');
    expect(await cpuOf(read, oidc, req(oidc.token))).toBe(2);
    await expect(read(oidc.handle, req('not-a-token'))).rejects.toThrow();
  });
});
