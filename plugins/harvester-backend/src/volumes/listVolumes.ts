import { VolumeSummary } from '@internal/plugin-harvester-common';
import { VirtualMachine } from '../kube/types/kubevirt';
import { ListScope, PermittedCandidate } from '../resources/listPermitted';
import {
  indexVolumeAttachments,
  toVolumeSummary,
  volumeResource,
} from './volumeSummary';

/** A cluster's PVCs with the VM mounting each, from one read of each kind. */
export async function loadVolumes({
  handle,
  reader,
  ownership,
}: ListScope): Promise<PermittedCandidate<VolumeSummary>[]> {
  const [pvcs, vms] = await Promise.all([
    reader.list('pvc'),
    reader.list('vm') as Promise<VirtualMachine[]>,
  ]);
  const attachments = indexVolumeAttachments(vms);
  return pvcs.map(pvc => {
    const resource = volumeResource(ownership, pvc);
    return {
      resource,
      item: toVolumeSummary(handle.name, pvc, attachments, resource),
    };
  });
}
