import {
  ClusterEvent,
  HARVESTER_IMAGE_RESOURCE_TYPE,
  HARVESTER_VOLUME_RESOURCE_TYPE,
  ResourceUsage,
} from '@internal/plugin-harvester-common';
import { CoreEvent, toClusterEvent } from '../events/toClusterEvent';
import { loadHostInventory } from '../hosts/hostInventory';
import { hostResource, toHostSummary } from '../hosts/hostSummary';
import { ObjectReader } from '../kube/ObjectReader';
import { VirtualMachine } from '../kube/types/kubevirt';
import { HarvesterResource } from '../permissions/HarvesterResource';
import { Ownership } from '../resources/ownership';
import { loadVmRelations, pvcSizeBytes } from '../vms/vmRelations';
import { deriveVmState } from '../vms/vmState';
import { vmResource } from '../vms/vmSummary';

type Allows = (resource: HarvesterResource) => boolean;

/** What one cluster adds to the dashboard, counting only what the caller may see. */
export type ClusterTally = {
  hostStates: string[];
  vmStates: string[];
  capacity: ResourceUsage[];
  volumeSizes: number[];
  imageCount: number;
  events: ClusterEvent[];
};

export async function tallyCluster(options: {
  reader: ObjectReader;
  cluster: string;
  ownership: Ownership;
  allows: { host: Allows; vm: Allows; volume: Allows; image: Allows };
}): Promise<ClusterTally> {
  const { reader, cluster, ownership, allows } = options;
  const [inventory, vms, relations, pvcs, images, events] = await Promise.all([
    loadHostInventory(reader),
    reader.list('vm') as Promise<VirtualMachine[]>,
    loadVmRelations(reader),
    reader.list('pvc'),
    reader.list('image'),
    reader.list('event') as Promise<CoreEvent[]>,
  ]);
  const hosts = inventory.nodes
    .filter(node => allows.host(hostResource(ownership, node)))
    .map(node => toHostSummary(cluster, node, inventory, ownership));
  const volumes = pvcs.filter(pvc =>
    allows.volume(ownership.resourceOf(HARVESTER_VOLUME_RESOURCE_TYPE, pvc)),
  );
  return {
    hostStates: hosts.map(h => h.state),
    vmStates: vms
      .filter(vm => allows.vm(vmResource(ownership, vm)))
      .map(
        vm =>
          deriveVmState(
            vm,
            relations.instanceOf(vm),
            relations.activeMigrationOf(vm) !== undefined,
          ).state,
      ),
    capacity: hosts.map(h => h.usage),
    volumeSizes: volumes.map(pvc => pvcSizeBytes(pvc) ?? 0),
    imageCount: images.filter(image =>
      allows.image(ownership.resourceOf(HARVESTER_IMAGE_RESOURCE_TYPE, image)),
    ).length,
    events: events.map(e => toClusterEvent(cluster, e)),
  };
}
