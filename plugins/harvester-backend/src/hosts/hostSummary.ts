import {
  HARVESTER_HOST_RESOURCE_TYPE,
  HostSummary,
  ResourceUsage,
} from '@internal/plugin-harvester-common';
import { parseQuantity } from '../kube/quantity';
import { NodeObject } from '../kube/types/nodes';
import { HarvesterResource } from '../permissions/HarvesterResource';
import { Ownership } from '../resources/ownership';
import { gradeHostReadiness } from './gradeHostReadiness';
import { hostRoles, hostState, internalIpOf } from './hostFacts';
import {
  blockDeviceBytes,
  hostHardware,
  longhornStorage,
} from './hostHardware';
import { HostInventory } from './hostInventory';

/** The host as the permission rules see it. */
export function hostResource(
  ownership: Ownership,
  node: NodeObject,
): HarvesterResource {
  return ownership.resourceOf(HARVESTER_HOST_RESOURCE_TYPE, node);
}

/**
 * Allocatable CPU and memory (what VMs may get), what the VMs on the host
 * asked for, metrics-server's usage, and Longhorn's storage: the disks'
 * size, what they hold and what Longhorn has promised (provisioned) to
 * volumes. Without Longhorn the block devices give the size alone.
 */
function hostUsage(node: NodeObject, inventory: HostInventory): ResourceUsage {
  const name = node.metadata.name;
  const resources = node.status?.allocatable ?? node.status?.capacity ?? {};
  const metrics = inventory.metricsOf(name)?.usage;
  const allocated = inventory.allocatedOn(name);
  const longhorn = longhornStorage(inventory.longhornNodeOf(name));
  return {
    cpuCoresTotal: parseQuantity(resources.cpu) ?? 0,
    memoryBytesTotal: parseQuantity(resources.memory) ?? 0,
    cpuCoresAllocated: allocated.cpuCores,
    memoryBytesAllocated: allocated.memoryBytes,
    cpuCoresUsed: parseQuantity(metrics?.cpu),
    memoryBytesUsed: parseQuantity(metrics?.memory),
    storageBytesTotal:
      longhorn?.totalBytes ?? blockDeviceBytes(inventory.blockDevicesOf(name)),
    storageBytesUsed: longhorn?.usedBytes,
    storageBytesProvisioned: longhorn?.scheduledBytes,
  };
}

/** One row of the Hosts page, from the inventory alone (no reads). */
export function toHostSummary(
  cluster: string,
  node: NodeObject,
  inventory: HostInventory,
  ownership: Ownership,
): HostSummary {
  const name = node.metadata.name;
  const usage = hostUsage(node, inventory);
  const resource = hostResource(ownership, node);
  const info = node.status?.nodeInfo;
  return {
    cluster,
    name,
    state: hostState(node),
    roles: hostRoles(node),
    internalIp: internalIpOf(node),
    cpuCores: parseQuantity(node.status?.capacity?.cpu) ?? usage.cpuCoresTotal,
    memoryBytes:
      parseQuantity(node.status?.capacity?.memory) ?? usage.memoryBytesTotal,
    storageBytes: usage.storageBytesTotal,
    usage,
    vmCount: inventory.vmisOn(name).length,
    readiness: gradeHostReadiness(
      hostHardware(node, {
        blockDevices: inventory.blockDevicesOf(name),
        longhornNode: inventory.longhornNodeOf(name),
      }),
    ),
    owner: resource.owner,
    tags: resource.tags,
    labels: node.metadata.labels ?? {},
    kernelVersion: info?.kernelVersion || undefined,
    osImage: info?.osImage || undefined,
    createdAt: node.metadata.creationTimestamp ?? '',
  };
}
