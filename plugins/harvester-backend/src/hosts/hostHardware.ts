import { HARVESTER_ANNOTATIONS } from '@internal/plugin-harvester-common';
import { parseQuantity } from '../kube/quantity';
import {
  BlockDeviceObject,
  LonghornNodeObject,
  NodeObject,
} from '../kube/types/nodes';
import { HostHardware } from './gradeHostReadiness';

const KVM_DEVICE = 'devices.kubevirt.io/kvm';
const CPU_FEATURE_PREFIX = 'cpu-feature.node.kubevirt.io/';

/** The storage objects that describe one host's disks. */
export type HostDisks = {
  blockDevices: BlockDeviceObject[];
  longhornNode?: LonghornNodeObject;
};

/** Whole disks only: partitions would count their disk twice. */
const wholeDisks = (devices: BlockDeviceObject[]) =>
  devices.filter(d => d.status?.deviceStatus?.details?.deviceType !== 'part');

const sum = (values: (number | undefined)[]) =>
  values.reduce<number>((total, v) => total + (v ?? 0), 0);

export function blockDeviceBytes(
  devices: BlockDeviceObject[],
): number | undefined {
  const disks = wholeDisks(devices);
  if (!disks.length) return undefined;
  return sum(disks.map(d => d.status?.deviceStatus?.capacity?.sizeBytes));
}

export type LonghornStorage = {
  totalBytes: number;
  usedBytes: number;
  scheduledBytes: number;
};

/**
 * Longhorn's view of the host's disks: their size, what they hold (size
 * less what is still free, as Harvester's host page counts it) and what
 * Longhorn has promised to volume replicas, which over-provisioning lets
 * exceed the size.
 */
export function longhornStorage(
  node: LonghornNodeObject | undefined,
): LonghornStorage | undefined {
  const disks = Object.values(node?.status?.diskStatus ?? {});
  if (!disks.length) return undefined;
  return {
    totalBytes: sum(disks.map(d => d.storageMaximum)),
    usedBytes: sum(
      disks.map(d =>
        d.storageMaximum !== undefined && d.storageAvailable !== undefined
          ? Math.max(0, d.storageMaximum - d.storageAvailable)
          : undefined,
      ),
    ),
    scheduledBytes: sum(disks.map(d => d.storageScheduled)),
  };
}

/**
 * VT-x/AMD-V: KubeVirt marks a node schedulable for VMs, or its node
 * labeller lists the vmx/svm CPU feature. When the labeller ran (CPU
 * features listed) without either, the host has none; else unknown.
 */
function virtualizationOf(labels: Record<string, string>): boolean | undefined {
  if (
    labels['kubevirt.io/schedulable'] === 'true' ||
    labels[`${CPU_FEATURE_PREFIX}vmx`] === 'true' ||
    labels[`${CPU_FEATURE_PREFIX}svm`] === 'true'
  ) {
    return true;
  }
  return Object.keys(labels).some(l => l.startsWith(CPU_FEATURE_PREFIX))
    ? false
    : undefined;
}

/** virt-handler offers `/dev/kvm` as an allocatable device when it exists. */
function kvmOf(node: NodeObject): boolean | undefined {
  const devices = parseQuantity(node.status?.allocatable?.[KVM_DEVICE]);
  return devices === undefined ? undefined : devices > 0;
}

function nicGbpsOf(node: NodeObject): number | undefined {
  const value = node.metadata.annotations?.[HARVESTER_ANNOTATIONS.nicSpeedGbps];
  const gbps = value === undefined ? NaN : Number(value);
  return Number.isFinite(gbps) && gbps > 0 ? gbps : undefined;
}

/**
 * Disk capacity for the readiness check: the host's block devices, else
 * Longhorn's disks, else the kubelet's ephemeral storage.
 */
function diskBytesOf(node: NodeObject, disks: HostDisks): number | undefined {
  return (
    blockDeviceBytes(disks.blockDevices) ??
    longhornStorage(disks.longhornNode)?.totalBytes ??
    parseQuantity(node.status?.capacity?.['ephemeral-storage'])
  );
}

/** What the cluster reports about a host's hardware (see HostHardware). */
export function hostHardware(node: NodeObject, disks: HostDisks): HostHardware {
  return {
    cpuCores: parseQuantity(node.status?.capacity?.cpu),
    memoryBytes: parseQuantity(node.status?.capacity?.memory),
    diskBytes: diskBytesOf(node, disks),
    nicGbps: nicGbpsOf(node),
    virtualization: virtualizationOf(node.metadata.labels ?? {}),
    kvm: kvmOf(node),
    architecture: node.status?.nodeInfo?.architecture || undefined,
  };
}
