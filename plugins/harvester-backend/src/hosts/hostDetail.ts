import { BlockDevice, HostDetail } from '@internal/plugin-harvester-common';
import { CoreEvent, eventsAbout } from '../events/toClusterEvent';
import { ObjectReader } from '../kube/ObjectReader';
import { VirtualMachine } from '../kube/types/kubevirt';
import { BlockDeviceObject, NodeObject } from '../kube/types/nodes';
import { HarvesterPermissionFilter } from '../permissions/harvesterAuthorizer';
import { Ownership } from '../resources/ownership';
import { loadVmRelations } from '../vms/vmRelations';
import { toVmSummary, vmResource } from '../vms/vmSummary';
import { HostInventory } from './hostInventory';
import { toHostSummary } from './hostSummary';

function toBlockDevice(device: BlockDeviceObject): BlockDevice {
  const status = device.status?.deviceStatus;
  return {
    name: device.metadata.name,
    devPath: status?.devPath ?? device.spec?.devPath,
    sizeBytes: status?.capacity?.sizeBytes,
    deviceType: status?.details?.deviceType,
    provisioned:
      device.status?.provisionPhase === 'Provisioned' ||
      Boolean(device.spec?.fileSystem?.provisioned),
  };
}

/**
 * The host page: its summary, conditions, disks, the VMs running on it
 * that the caller may see, and the events about it.
 */
export async function getHostDetail(options: {
  cluster: string;
  node: NodeObject;
  inventory: HostInventory;
  reader: ObjectReader;
  ownership: Ownership;
  vmFilter: HarvesterPermissionFilter['allows'];
}): Promise<HostDetail> {
  const { cluster, node, inventory, reader, ownership, vmFilter } = options;
  const name = node.metadata.name;
  const [vms, relations, events] = await Promise.all([
    reader.list('vm') as Promise<VirtualMachine[]>,
    loadVmRelations(reader),
    reader.list('event') as Promise<CoreEvent[]>,
  ]);
  const running = vms.filter(
    vm =>
      relations.instanceOf(vm)?.status?.nodeName === name &&
      vmFilter(vmResource(ownership, vm)),
  );
  return {
    ...toHostSummary(cluster, node, inventory, ownership),
    conditions: (node.status?.conditions ?? []).map(c => ({
      type: c.type,
      status: c.status,
      ...(c.message ? { message: c.message } : {}),
    })),
    blockDevices: inventory.blockDevicesOf(name).map(toBlockDevice),
    vms: running.map(vm => toVmSummary(cluster, vm, relations, ownership)),
    events: eventsAbout(cluster, events, { kinds: ['Node'], name }),
  };
}
