import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_LABELS,
} from '@internal/plugin-harvester-common';
import { KubeObject } from '../kube/KubeObject';
import { seededHash } from '../kube/seededHash';
import { DemoHost } from './demoData';
import { DiskLoad, LonghornDisk, longhornDisksOf } from './replicaPlacement';

const KiB = 1024;
const GiB = 2 ** 30;
const SOFTWARE = {
  kubelet: 'v1.32.4+rke2r1',
  kernel: '5.14.21-150500.55.97-default',
  os: 'Harvester v1.5.1',
  containerd: 'containerd://1.7.26-k3s1',
};

const uuidOf = (seed: string) => {
  const hex = seededHash(seed).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(
    12,
    16,
  )}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};

function roleLabels(role: DemoHost['role']): Record<string, string> {
  const harvesterRole = {
    management: HARVESTER_LABELS.roleManagement,
    worker: HARVESTER_LABELS.roleWorker,
    witness: HARVESTER_LABELS.roleWitness,
  }[role];
  const kubernetesRoles: Record<DemoHost['role'], string[]> = {
    management: ['control-plane', 'etcd', 'master'],
    worker: [],
    witness: ['etcd'],
  };
  return Object.fromEntries([
    [harvesterRole, 'true'],
    ...kubernetesRoles[role].map(r => [`node-role.kubernetes.io/${r}`, 'true']),
  ]);
}

/**
 * The Node a Harvester host registers: roles, KubeVirt's labels (CPU
 * features, schedulable) and `/dev/kvm` device, capacity as the kubelet
 * reports it (a little below the installed memory), NIC speed annotation.
 * A witness only runs etcd: KubeVirt does not schedule VMs there.
 */
export function nodeOf(host: DemoHost): KubeObject {
  const memoryKi = Math.round((host.memoryGiB * GiB * 0.985) / KiB);
  const reservedKi = Math.round((host.memoryGiB * 0.02 * GiB) / KiB);
  const diskBytes = host.disks[0].sizeGB * 1e9;
  const runsVms = host.role !== 'witness';
  const devices = {
    'devices.kubevirt.io/kvm': '1k',
    'devices.kubevirt.io/tun': '1k',
    'devices.kubevirt.io/vhost-net': '1k',
  };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: host.name,
      labels: {
        'kubernetes.io/hostname': host.name,
        'kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubevirt.io/schedulable': String(runsVms),
        'cpu-feature.node.kubevirt.io/vmx': 'true',
        'cpu-model.node.kubevirt.io/Cascadelake-Server': 'true',
        ...roleLabels(host.role),
      },
      annotations: {
        [HARVESTER_ANNOTATIONS.nicSpeedGbps]: String(host.nicGbps),
        'rke2.io/internal-ip': host.ip,
      },
    },
    spec: {
      providerID: `rke2://${host.name}`,
      ...(runsVms
        ? {}
        : {
            taints: [
              {
                key: 'node-role.kubernetes.io/etcd',
                value: 'true',
                effect: 'NoExecute',
              },
            ],
          }),
    },
    status: {
      capacity: {
        cpu: String(host.cpu),
        memory: `${memoryKi}Ki`,
        pods: '200',
        'ephemeral-storage': `${Math.round(diskBytes / KiB)}Ki`,
        ...devices,
      },
      allocatable: {
        cpu: String(host.cpu),
        memory: `${memoryKi - reservedKi}Ki`,
        pods: '200',
        'ephemeral-storage': String(Math.round(diskBytes * 0.95)),
        ...devices,
      },
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'False',
          reason: 'KubeletHasSufficientMemory',
        },
        {
          type: 'DiskPressure',
          status: 'False',
          reason: 'KubeletHasNoDiskPressure',
        },
        {
          type: 'PIDPressure',
          status: 'False',
          reason: 'KubeletHasSufficientPID',
        },
        {
          type: 'Ready',
          status: 'True',
          reason: 'KubeletReady',
          message: 'kubelet is posting ready status',
        },
      ],
      addresses: [
        { type: 'InternalIP', address: host.ip },
        { type: 'Hostname', address: host.name },
      ],
      nodeInfo: {
        architecture: 'amd64',
        operatingSystem: 'linux',
        osImage: SOFTWARE.os,
        kernelVersion: SOFTWARE.kernel,
        kubeletVersion: SOFTWARE.kubelet,
        kubeProxyVersion: SOFTWARE.kubelet,
        containerRuntimeVersion: SOFTWARE.containerd,
        machineID: uuidOf(`${host.name}:machine`).replace(/-/g, ''),
        systemUUID: uuidOf(`${host.name}:system`),
        bootID: uuidOf(`${host.name}:boot`),
      },
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
    },
  };
}

/** node-disk-manager's BlockDevices: one per disk, all provisioned for Longhorn. */
export function blockDevicesOf(host: DemoHost): KubeObject[] {
  return host.disks.map(disk => ({
    apiVersion: 'harvesterhci.io/v1beta1',
    kind: 'BlockDevice',
    metadata: {
      name: seededHash(`${host.name}/${disk.name}`)
        .toString('hex')
        .slice(0, 32),
      namespace: 'longhorn-system',
      labels: {
        'kubernetes.io/hostname': host.name,
        'ndm.harvesterhci.io/device-type': 'disk',
      },
    },
    spec: {
      devPath: `/dev/${disk.name}`,
      nodeName: host.name,
      fileSystem: {
        provisioned: true,
        mountPoint: `/var/lib/harvester/extra-disks/${disk.name}`,
      },
    },
    status: {
      provisionPhase: 'Provisioned',
      state: 'Active',
      deviceStatus: {
        devPath: `/dev/${disk.name}`,
        partitioned: false,
        fileSystem: {
          mountPoint: `/var/lib/harvester/extra-disks/${disk.name}`,
          type: 'ext4',
          isReadOnly: false,
        },
        capacity: { sizeBytes: disk.sizeGB * 1e9, physicalBlockSizeBytes: 512 },
        details: {
          deviceType: 'disk',
          driveType: disk.rotational ? 'HDD' : 'SSD',
          storageController: disk.name.startsWith('nvme') ? 'NVMe' : 'SCSI',
          serialNumber: uuidOf(`${host.name}/${disk.name}`)
            .slice(0, 18)
            .toUpperCase(),
        },
      },
    },
  }));
}

/**
 * Longhorn's Node: its disks, what Longhorn promised on each to volume
 * replicas (`storageScheduled`) and what is still free on it
 * (`storageAvailable`: the size less what the replicas wrote), from
 * `loads` (placeReplicas). A witness stores no data.
 */
export function longhornNodeOf(
  host: DemoHost,
  loads: Map<string, DiskLoad> | undefined,
): KubeObject {
  const stores = host.role !== 'witness';
  const disks = longhornDisksOf(host);
  const loadOf = (disk: LonghornDisk) =>
    loads?.get(disk.key) ?? { scheduledBytes: 0, usedBytes: 0 };
  return {
    apiVersion: 'longhorn.io/v1beta2',
    kind: 'Node',
    metadata: { name: host.name, namespace: 'longhorn-system' },
    spec: {
      allowScheduling: stores,
      disks: Object.fromEntries(
        disks.map(d => [
          d.key,
          {
            path: d.path,
            allowScheduling: stores,
            storageReserved: d.reservedBytes,
            diskType: 'filesystem',
            tags: [],
          },
        ]),
      ),
    },
    status: {
      conditions: [
        { type: 'Ready', status: 'True' },
        { type: 'Schedulable', status: stores ? 'True' : 'False' },
      ],
      diskStatus: Object.fromEntries(
        disks.map(d => [
          d.key,
          {
            storageMaximum: d.maximumBytes,
            storageScheduled: loadOf(d).scheduledBytes,
            storageAvailable: d.maximumBytes - loadOf(d).usedBytes,
            conditions: [
              { type: 'Ready', status: 'True' },
              { type: 'Schedulable', status: stores ? 'True' : 'False' },
            ],
          },
        ]),
      ),
    },
  };
}
