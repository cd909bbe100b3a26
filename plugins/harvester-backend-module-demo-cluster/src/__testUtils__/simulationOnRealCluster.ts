import { mockServices } from '@backstage/backend-test-utils';
import { DemoVm } from '../demo/demoData';
import { nodeOf } from '../demo/hostObjects';
import { createIfMissing } from '../demo/seedCluster';
import { virtualMachineOf } from '../demo/vmObjects';
import { KindKey } from '../kube/kinds';
import { KubeApiClient } from '../kube/KubeApiClient';
import { KubeObject } from '../kube/KubeObject';
import { SimulatedHarvesterControllers } from '../simulation/SimulatedHarvesterControllers';
import { eventually } from './eventually';
import {
  createTestNamespace,
  realClusterConnection,
  removeTestNamespace,
  uniqueSuffix,
} from './realCluster';

const HOST_LABEL = 'platform-portal.dev/simulation-test';

/**
 * The simulation against the real kube-apiserver of `scripts/services`
 * (objects validated by the real CRDs, nothing else acting on them), in a
 * fresh namespace and on two hosts only this test file sees. Ticks are
 * stepped by hand with durations scaled to zero: one phase per tick. Any
 * write the simulation logs as failed fails the test.
 */
export function useSimulationOnRealCluster() {
  const api = new KubeApiClient(realClusterConnection());
  const suffix = uniqueSuffix();
  const logger = mockServices.logger.mock();
  const fixture = {
    api,
    suffix,
    hosts: [`h3-sim-${suffix}-a`, `h3-sim-${suffix}-b`],
    namespace: '',
    simulation: undefined as unknown as SimulatedHarvesterControllers,
    get: (kind: KindKey, name: string) =>
      api.get(kind, fixture.namespace, name),
    /** Ticks until `probe` finds what it waits for. */
    tickUntil: <T>(what: string, probe: () => Promise<T | undefined>) =>
      eventually(
        async () => {
          await fixture.simulation.tick();
          return probe();
        },
        { what },
      ),
    /** A small Harvester VM (RerunOnFailure) in the test namespace. */
    demoVm: (name: string, extra: Partial<DemoVm> = {}): KubeObject =>
      virtualMachineOf({
        name,
        namespace: fixture.namespace,
        cpu: 1,
        memoryGiB: 1,
        diskGiB: 2,
        image: 'ubuntu-22.04',
        ...extra,
      }),
    /** Creates a demo VM and ticks until its VMI runs. */
    runningVm: async (name: string) => {
      await api.create('vm', fixture.demoVm(name));
      return fixture.tickUntil(`${name} running`, async () => {
        const vmi = await fixture.get('vmi', name);
        return vmi?.status?.phase === 'Running' ? vmi : undefined;
      });
    },
  };

  beforeAll(async () => {
    fixture.namespace = await createTestNamespace(api, 'h3-sim');
    for (const name of fixture.hosts) {
      const node = nodeOf({
        name,
        role: 'worker',
        cpu: 8,
        memoryGiB: 32,
        nicGbps: 10,
        ip: '10.99.0.1',
        disks: [{ name: 'sda', sizeGB: 500 }],
      });
      node.metadata.labels![HOST_LABEL] = suffix;
      await createIfMissing(api, node);
    }
    fixture.simulation = new SimulatedHarvesterControllers({
      api,
      logger,
      namespaces: [fixture.namespace],
      nodeSelector: `${HOST_LABEL}=${suffix}`,
      timeScale: 0,
      metricsIntervalMs: 0,
    });
  });

  afterEach(() => {
    const failures = logger.warn.mock.calls.map(call => String(call[0]));
    if (failures.length) {
      throw new Error(`The simulation's writes failed: ${failures.join('; ')}`);
    }
  });

  afterAll(async () => {
    for (const name of fixture.hosts) {
      await api.delete('node', undefined, name);
      await api.delete('nodeMetrics', undefined, name);
    }
    await removeTestNamespace(api, fixture.namespace);
    api.close();
  });

  return fixture;
}
