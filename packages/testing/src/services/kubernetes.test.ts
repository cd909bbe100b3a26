import {
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
} from '@kubernetes/client-node';
import { requireServiceEnv } from '../requireServiceEnv';

const requireEnv = (name: string) => requireServiceEnv('kubernetes', name);

describe('kubernetes service', () => {
  const kubeconfig = requireEnv('KUBECONFIG');
  const apiUrl = requireEnv('KUBERNETES_API_URL');
  const kc = new KubeConfig();
  kc.loadFromFile(kubeconfig);
  const api = kc.makeApiClient(CustomObjectsApi);
  const core = kc.makeApiClient(CoreV1Api);
  const vm = { group: 'kubevirt.io', version: 'v1', plural: 'virtualmachines' };
  const namespace = 'default';
  const name = `smoke-test-${process.pid}`;

  afterAll(async () => {
    await api
      .deleteNamespacedCustomObject({ ...vm, namespace, name })
      .catch(() => undefined);
    await core.deleteNode({ name }).catch(() => undefined);
  });

  it('serves core resources: namespaces and Harvester hosts as Nodes', async () => {
    const namespaces = await core.listNamespace();
    expect(namespaces.items.map(ns => ns.metadata?.name)).toContain('default');

    // No kubelet runs here: a host is registered as a Node object only.
    await core.createNode({
      body: {
        metadata: {
          name,
          labels: { 'node-role.kubernetes.io/control-plane': 'true' },
        },
        status: { capacity: { cpu: '16', memory: '64Gi' } },
      },
    });
    const nodes = await core.listNode({
      labelSelector: 'node-role.kubernetes.io/control-plane',
    });
    expect(nodes.items.map(node => node.metadata?.name)).toContain(name);
  });

  it('serves KubeVirt VirtualMachines and Harvester images', async () => {
    expect(kc.getCurrentCluster()?.server).toBe(apiUrl);

    await api.createNamespacedCustomObject({
      ...vm,
      namespace,
      body: {
        apiVersion: 'kubevirt.io/v1',
        kind: 'VirtualMachine',
        metadata: { name, namespace, labels: { app: 'smoke-test' } },
        spec: {
          runStrategy: 'Halted',
          template: {
            metadata: { labels: { 'harvesterhci.io/vmName': name } },
            spec: {
              domain: {
                cpu: { cores: 2, sockets: 1, threads: 1 },
                memory: { guest: '2Gi' },
                resources: { limits: { cpu: '2', memory: '2Gi' } },
                devices: {
                  disks: [{ name: 'rootdisk', disk: { bus: 'virtio' } }],
                },
              },
              volumes: [
                {
                  name: 'rootdisk',
                  containerDisk: { image: 'quay.io/containerdisks/fedora:40' },
                },
              ],
            },
          },
        },
      },
    });

    const list = await api.listNamespacedCustomObject({ ...vm, namespace });
    const created = list.items.find(
      (item: { metadata: { name: string } }) => item.metadata.name === name,
    );
    expect(created?.spec.runStrategy).toBe('Halted');
    expect(created?.spec.template.spec.domain.cpu.cores).toBe(2);

    // The CRD's schema is enforced: an unknown runStrategy type is rejected.
    await expect(
      api.createNamespacedCustomObject({
        ...vm,
        namespace,
        body: {
          apiVersion: 'kubevirt.io/v1',
          kind: 'VirtualMachine',
          metadata: { name: `${name}-invalid` },
          spec: { runStrategy: 42, template: { spec: { domain: {} } } },
        },
      }),
    ).rejects.toMatchObject({ code: 422 });

    const images = await api.listClusterCustomObject({
      group: 'harvesterhci.io',
      version: 'v1beta1',
      plural: 'virtualmachineimages',
    });
    expect(Array.isArray(images.items)).toBe(true);

    await api.deleteNamespacedCustomObject({ ...vm, namespace, name });
  });
});
