import {
  createTestCluster,
  TestCluster,
  TestClusterOptions,
} from '../../__testUtils__/testCluster';
import { hostFixtures } from '../../hosts/__testUtils__/hostFixtures';
import { VirtualMachine } from '../../kube/types/kubevirt';
import { vmFixtures } from './vmFixtures';

export type VmTestEnv = {
  cluster: TestCluster;
  fixtures: ReturnType<typeof vmFixtures>;
  /** Hosts (cluster-scoped, uniquely named), removed after the block. */
  hosts: ReturnType<typeof hostFixtures>;
  /** The test file's namespace. */
  ns: string;
  /** `<cluster>/<ns>/<vm>`. */
  ref(vm: string): string;
  /** `/clusters/<cluster>/namespaces/<ns>/vms`. */
  vmsPath: string;
  /** `/clusters/<cluster>/namespaces/<ns>/vms/<vm>`. */
  vmPath(vm: string): string;
  /** The VM as the API server has it now. */
  readVm(name: string): Promise<VirtualMachine | undefined>;
};

/**
 * A test cluster for one describe block, seeded before its tests and
 * removed (namespace, hosts) after them. Fields are set in `beforeAll`.
 */
export function vmTestCluster(
  seed?: (env: VmTestEnv) => Promise<void>,
  options?: TestClusterOptions,
): VmTestEnv {
  const env = {} as VmTestEnv;
  beforeAll(async () => {
    env.cluster = await createTestCluster(options);
    env.fixtures = vmFixtures(env.cluster);
    env.hosts = hostFixtures(env.cluster);
    env.ns = env.cluster.namespace;
    const clusterName = env.cluster.definition.name;
    env.ref = vm => `${clusterName}/${env.ns}/${vm}`;
    env.vmsPath = `/clusters/${clusterName}/namespaces/${env.ns}/vms`;
    env.vmPath = vm => `${env.vmsPath}/${vm}`;
    env.readVm = async name =>
      (await env.cluster.client.get('vm', env.ns, name)) as
        | VirtualMachine
        | undefined;
    await seed?.(env);
  });
  afterAll(async () => {
    await env.hosts?.cleanup();
    await env.cluster?.cleanup();
  });
  return env;
}
