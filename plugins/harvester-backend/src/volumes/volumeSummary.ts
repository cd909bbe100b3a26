import {
  HARVESTER_LABELS,
  HARVESTER_VOLUME_RESOURCE_TYPE,
  VolumeSummary,
} from '@internal/plugin-harvester-common';
import { KubeObject } from '../kube/KubeObject';
import { parseQuantity } from '../kube/quantity';
import { VirtualMachine } from '../kube/types/kubevirt';
import { HarvesterResource } from '../permissions/HarvesterResource';
import { Ownership } from '../resources/ownership';
import { pvcSizeBytes } from '../vms/vmRelations';
import { vmSpecFacts } from '../vms/vmSpecFacts';

/** Which VM mounts a PVC, by `<namespace>/<claim>`. */
export type VolumeAttachments = Map<string, string>;

const claimKey = (namespace: string | undefined, name: string) =>
  `${namespace}/${name}`;

/** Indexes a cluster's VMs by the PVCs they mount, once per request. */
export function indexVolumeAttachments(
  vms: VirtualMachine[],
): VolumeAttachments {
  const attachments: VolumeAttachments = new Map();
  for (const vm of vms) {
    for (const claim of vmSpecFacts(vm).claimNames) {
      attachments.set(claimKey(vm.metadata.namespace, claim), vm.metadata.name);
    }
  }
  return attachments;
}

export function attachedVmOf(
  attachments: VolumeAttachments,
  pvc: KubeObject,
): string | undefined {
  return attachments.get(claimKey(pvc.metadata.namespace, pvc.metadata.name));
}

/** The PVC as the permission rules see it. */
export function volumeResource(
  ownership: Ownership,
  pvc: KubeObject,
): HarvesterResource {
  return ownership.resourceOf(HARVESTER_VOLUME_RESOURCE_TYPE, pvc);
}

/** The claim's request while it is larger than its capacity (a resize under way). */
function resizingToBytesOf(pvc: KubeObject): number | undefined {
  const capacity = parseQuantity(pvc.status?.capacity?.storage);
  const requested = parseQuantity(pvc.spec?.resources?.requests?.storage);
  return capacity !== undefined &&
    requested !== undefined &&
    requested > capacity
    ? requested
    : undefined;
}

export function toVolumeSummary(
  cluster: string,
  pvc: KubeObject,
  attachments: VolumeAttachments,
  resource: HarvesterResource,
): VolumeSummary {
  const resizingToBytes = resizingToBytesOf(pvc);
  return {
    cluster,
    namespace: pvc.metadata.namespace!,
    name: pvc.metadata.name,
    sizeBytes: pvcSizeBytes(pvc) ?? 0,
    ...(resizingToBytes !== undefined && { resizingToBytes }),
    storageClass: pvc.spec?.storageClassName,
    phase: pvc.status?.phase ?? 'Pending',
    accessModes: pvc.spec?.accessModes ?? [],
    volumeMode: pvc.spec?.volumeMode,
    attachedVm: attachedVmOf(attachments, pvc),
    imageId: pvc.metadata.annotations?.[HARVESTER_LABELS.imageId],
    owner: resource.owner,
    tags: resource.tags,
    labels: pvc.metadata.labels ?? {},
    createdAt: pvc.metadata.creationTimestamp ?? '',
  };
}
