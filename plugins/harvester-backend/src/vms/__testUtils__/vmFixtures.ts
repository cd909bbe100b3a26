import { HARVESTER_LABELS } from '@internal/plugin-harvester-common';
import { TestCluster } from '../../__testUtils__/testCluster';
import { writeStatus } from '../../__testUtils__/writeStatus';
import {
  VirtualMachine,
  VmSpec,
  VolumeClaimTemplate,
} from '../../kube/types/kubevirt';

export type VmFixtureOptions = {
  runStrategy?: VmSpec['runStrategy'];
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  cores?: number;
  memory?: string;
  /** PVCs the VM mounts, as disks `disk-<i>`. */
  claims?: string[];
  claimTemplates?: VolumeClaimTemplate[];
  /** VM networks (`<ns>/<nad>`) after the pod network. */
  networks?: string[];
};

/** A VM as Harvester stores it, small enough to read in a test. */
export function vmManifest(
  namespace: string,
  name: string,
  options: VmFixtureOptions = {},
): VirtualMachine {
  const claims = options.claims ?? [];
  const networks = ['pod', ...(options.networks ?? [])];
  const netName = (i: number) => (i === 0 ? 'default' : `nic-${i}`);
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: {
      name,
      namespace,
      labels: options.labels,
      annotations: {
        ...options.annotations,
        ...(options.claimTemplates
          ? {
              [HARVESTER_LABELS.volumeClaimTemplates]: JSON.stringify(
                options.claimTemplates,
              ),
            }
          : {}),
      },
    },
    spec: {
      runStrategy: options.runStrategy ?? 'Halted',
      template: {
        metadata: { labels: { [HARVESTER_LABELS.vmName]: name } },
        spec: {
          domain: {
            cpu: { cores: options.cores ?? 2, sockets: 1, threads: 1 },
            memory: { guest: options.memory ?? '4Gi' },
            devices: {
              disks: claims.map((_, i) => ({
                name: `disk-${i}`,
                disk: { bus: 'virtio' },
              })),
              interfaces: networks.map((n, i) => ({
                name: netName(i),
                model: 'virtio',
                ...(n === 'pod' ? { masquerade: {} } : { bridge: {} }),
              })),
            },
          },
          networks: networks.map((n, i) =>
            n === 'pod'
              ? { name: netName(i), pod: {} }
              : { name: netName(i), multus: { networkName: n } },
          ),
          volumes: claims.map((claimName, i) => ({
            name: `disk-${i}`,
            persistentVolumeClaim: { claimName },
          })),
        },
      },
    },
  };
}

/** Writes fixtures through the API server, as a controller would. */
export function vmFixtures(cluster: TestCluster) {
  const { client, namespace } = cluster;

  return {
    async vm(
      name: string,
      options?: VmFixtureOptions,
      status?: VirtualMachine['status'],
    ) {
      const vm = await client.create(
        'vm',
        vmManifest(namespace, name, options),
      );
      return (
        status ? await writeStatus(cluster, 'vm', name, status) : vm
      ) as VirtualMachine;
    },
    /** VMIs have no status subresource: the status is written with them. */
    vmi(name: string, status: object) {
      return client.create('vmi', {
        apiVersion: 'kubevirt.io/v1',
        kind: 'VirtualMachineInstance',
        metadata: { name, namespace },
        spec: { domain: { devices: {} } },
        status,
      });
    },
    pvc(name: string, size: string, annotations?: Record<string, string>) {
      return client.create('pvc', {
        metadata: { name, namespace, annotations },
        spec: {
          accessModes: ['ReadWriteMany'],
          volumeMode: 'Block',
          resources: { requests: { storage: size } },
        },
      });
    },
    image(name: string) {
      return client.create('image', {
        metadata: { name, namespace },
        spec: {
          displayName: name,
          sourceType: 'download',
          url: `https://images.example/${name}.qcow2`,
        },
      });
    },
    /** A template whose default version (1) makes `vm`. */
    async template(name: string, vm: VirtualMachine) {
      const version = `${name}-v1`;
      await client.create('templateVersion', {
        metadata: { name: version, namespace },
        spec: {
          templateId: `${namespace}/${name}`,
          vm: {
            metadata: {
              labels: vm.metadata.labels,
              annotations: vm.metadata.annotations,
            },
            spec: vm.spec,
          },
        },
        status: { version: 1 },
      });
      await client.create('template', {
        metadata: { name, namespace },
        spec: {
          defaultVersionId: `${namespace}/${version}`,
          description: name,
        },
      });
      return `${namespace}/${version}`;
    },
    keyPair(name: string, publicKey: string) {
      return client.create('keyPair', {
        metadata: { name, namespace },
        spec: { publicKey },
      });
    },
    nad(name: string, vlan: number) {
      return client.create('networkAttachment', {
        metadata: { name, namespace },
        spec: {
          config: JSON.stringify({
            cniVersion: '0.3.1',
            name,
            type: 'bridge',
            bridge: 'mgmt-br',
            vlan,
          }),
        },
      });
    },
  };
}
