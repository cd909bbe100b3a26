import { MetricSeries, Monitoring } from '@internal/plugin-harvester-common';
import request from 'supertest';
import { ClusterRegistry } from '../clusters/ClusterRegistry';
import { hostFixtures, hostStatus } from '../hosts/__testUtils__/hostFixtures';
import { waitForCache } from '../__testUtils__/cacheSyncedClient';
import {
  configEntryOf,
  createConfigRegistry,
} from '../__testUtils__/configRegistry';
import {
  createTestCluster,
  randomSuffix,
  TestCluster,
} from '../__testUtils__/testCluster';
import {
  asUser,
  createTestApp,
  createTestContext,
  TestGrants,
} from '../__testUtils__/testContext';
import { vmManifest } from '../vms/__testUtils__/vmFixtures';
import { vmCondition } from '../vms/__testUtils__/vmsTestApp';
import { FakePrometheus } from './__testUtils__/FakePrometheus';
import { createMonitoringRouter } from './createMonitoringRouter';

const GiB = 2 ** 30;
const readAll: TestGrants = {
  'harvester.cluster.read': true,
  'harvester.host.read': true,
  'harvester.vm.read': true,
};

describe('GET /monitoring', () => {
  let cluster: TestCluster;
  let hosts: ReturnType<typeof hostFixtures>;
  let registry: ClusterRegistry;
  let prometheus: FakePrometheus;
  let host: string;
  let name: string;
  const broken = `broken-${randomSuffix()}`;

  /** A virt-launcher pod's metrics, as metrics-server serves them. */
  const launcherMetrics = (vm: string, label: string, cpu: string[]) =>
    cluster.client.create('podMetrics', {
      apiVersion: 'metrics.k8s.io/v1beta1',
      kind: 'PodMetrics',
      metadata: {
        name: `virt-launcher-${vm}-${randomSuffix()}`,
        namespace: cluster.namespace,
        labels: { [label]: vm, 'kubevirt.io': 'virt-launcher' },
      },
      timestamp: new Date().toISOString(),
      window: '30s',
      containers: cpu.map((c, i) => ({
        name: `c${i}`,
        usage: { cpu: c, memory: '512Mi' },
      })),
    });

  beforeAll(async () => {
    cluster = await createTestCluster({ owner: 'group:default/infra' });
    name = cluster.definition.name;
    hosts = hostFixtures(cluster);
    prometheus = await FakePrometheus.start();
    registry = await createConfigRegistry([
      { ...configEntryOf(cluster), prometheusUrl: prometheus.url },
      {
        ...configEntryOf(cluster),
        name: broken,
        prometheusUrl: 'http://127.0.0.1:9',
      },
    ]);

    host = await hosts.node('mon', { status: hostStatus('16', '64Gi') });
    await hosts.metrics(host, '4', '16Gi');
    const { client, namespace } = cluster;
    for (const [vm, owner] of [
      ['web', 'group:default/web'],
      ['db', 'group:default/db'],
    ]) {
      await client.create(
        'vm',
        vmManifest(namespace, vm, {
          annotations: { 'platform-portal.dev/owner': owner },
        }),
      );
    }
    await launcherMetrics('web', 'kubevirt.io/domain', ['500m', '100m']);
    await launcherMetrics('db', 'vm.kubevirt.io/name', ['2']);
    for (const handle of registry.list()) {
      await waitForCache(handle.cache!, 'vm', namespace, 'db', o => !!o);
      await waitForCache(
        handle.cache!,
        'node',
        undefined,
        host,
        o => !!o?.status,
      );
    }
  });

  afterAll(async () => {
    registry?.stop();
    await prometheus?.close();
    await hosts?.cleanup();
    await cluster?.cleanup();
  });

  async function get(query: string, grants: TestGrants = readAll) {
    const app = createTestApp(
      await createMonitoringRouter(createTestContext({ registry, grants })),
    );
    return request(app).get(`/monitoring?${query}`).set(asUser());
  }

  const mine = (body: Monitoring) => ({
    ...body,
    hosts: body.hosts.filter(h => h.name === host),
    vms: body.vms.filter(v => v.namespace === cluster.namespace),
  });

  it('answers 401, 403 and 400 like every route', async () => {
    const app = createTestApp(
      await createMonitoringRouter(
        createTestContext({ registry, grants: readAll }),
      ),
    );
    expect((await request(app).get('/monitoring')).status).toBe(401);
    expect((await get(`cluster=${name}`, {})).status).toBe(403);
    const badRange = await get('range=2h');
    expect(badRange.status).toBe(400);
    expect(badRange.body.error.message).toContain('range');
    const badTarget = await get('target=a/b/c');
    expect(badTarget.status).toBe(400);
    expect(badTarget.body.error.message).toContain('target');
  });

  it('gives current usage of readable hosts and VMs, and every host’s history', async () => {
    prometheus.answer('node_cpu_seconds_total', [
      { labels: { nodename: host }, value: i => 2 + i / 100 },
      { labels: { nodename: 'not-a-host-of-this-cluster' }, value: () => 1 },
    ]);
    prometheus.answer('node_memory_MemTotal_bytes', [
      { labels: { nodename: host }, value: () => 20 * GiB },
    ]);
    const before = prometheus.received.length;
    const { status, body } = await get(`cluster=${name}`, {
      ...readAll,
      'harvester.vm.read': vmCondition('owner', ['group:default/web']),
    });
    expect(status).toBe(200);
    const monitoring = mine(body);
    expect(monitoring.source).toBe('prometheus');
    expect(monitoring.prometheusError).toBeUndefined();
    expect(monitoring.hosts).toEqual([
      {
        cluster: name,
        name: host,
        usage: expect.objectContaining({
          cpuCoresUsed: 4,
          cpuCoresTotal: 16,
          memoryBytesUsed: 16 * GiB,
          memoryBytesTotal: 64 * GiB,
        }),
      },
    ]);
    expect(monitoring.vms).toEqual([
      {
        cluster: name,
        namespace: cluster.namespace,
        name: 'web',
        cpuCoresUsed: 0.6,
        memoryBytesUsed: GiB,
      },
    ]);

    const queries = prometheus.received.slice(before);
    expect(queries).toHaveLength(5);
    for (const q of queries) {
      expect(q.step).toBe(30);
      expect(q.end - q.start).toBe(3600);
    }
    const cpu = body.series.filter((s: MetricSeries) => s.metric === 'cpu');
    expect(cpu).toEqual([
      expect.objectContaining({ unit: 'cores', target: `${name}/${host}` }),
    ]);
    expect(cpu[0].points).toHaveLength(121);
    expect(cpu[0].points[1].value).toBeCloseTo(2.01);
    expect(
      body.series.find((s: MetricSeries) => s.metric === 'memory').points[0],
    ).toEqual({
      at: new Date(queries[0].start * 1000).toISOString(),
      value: 20 * GiB,
    });
  });

  it('charts one VM from KubeVirt’s metrics, only one the caller may read', async () => {
    prometheus.answer('kubevirt_vmi_memory_used_bytes', [
      {
        labels: { namespace: cluster.namespace, name: 'web' },
        value: () => GiB,
      },
    ]);
    const grants = {
      ...readAll,
      'harvester.vm.read': vmCondition('owner', ['group:default/web']),
    };
    const before = prometheus.received.length;
    const web = await get(
      `cluster=${name}&range=6h&target=${cluster.namespace}/web`,
      grants,
    );
    expect(web.status).toBe(200);
    const queries = prometheus.received.slice(before);
    expect(queries.map(q => q.query)).toEqual([
      expect.stringMatching(
        /^sum by \(namespace, name\) \(rate\(kubevirt_vmi_cpu_usage_seconds_total\{namespace="t-[0-9a-f]+",name="web"\}\[120s\]\)\)$/,
      ),
      expect.stringContaining('kubevirt_vmi_memory_used_bytes{'),
      expect.stringContaining('kubevirt_vmi_network_receive_bytes_total{'),
      expect.stringContaining('kubevirt_vmi_network_transmit_bytes_total{'),
    ]);
    expect(
      queries.every(q => q.step === 120 && q.end - q.start === 6 * 3600),
    ).toBe(true);
    expect(web.body.series).toEqual([
      expect.objectContaining({
        metric: 'memory',
        unit: 'bytes',
        target: `${name}/${cluster.namespace}/web`,
      }),
    ]);

    const asked = prometheus.received.length;
    const db = await get(
      `cluster=${name}&target=${cluster.namespace}/db`,
      grants,
    );
    expect(db.status).toBe(200);
    expect(db.body.series).toEqual([]);
    expect(prometheus.received.length).toBe(asked);
  });

  it('reports a Prometheus that is down or refuses, and still gives current usage', async () => {
    const down = await get(`cluster=${broken}`);
    expect(down.status).toBe(200);
    expect(mine(down.body)).toMatchObject({
      source: 'metrics-server',
      series: [],
      hosts: [{ cluster: broken, name: host }],
    });
    expect(down.body.prometheusError).toMatch(
      new RegExp(
        `^${broken}: Prometheus at http://127.0.0.1:9 cannot be reached`,
      ),
    );

    prometheus.failWith(503, 'unavailable', 'TSDB not ready');
    const refused = await get(`cluster=${name},${broken}`);
    expect(refused.status).toBe(200);
    expect(refused.body.prometheusError).toContain(
      `${name}: Prometheus answered 503 (unavailable: TSDB not ready)`,
    );
    expect(refused.body.prometheusError).toContain(`${broken}: `);
    expect(mine(refused.body).hosts).toHaveLength(2);
  });
});
