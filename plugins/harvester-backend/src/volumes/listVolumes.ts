import { VolumeSummary } from '@internal/plugin-harvester-common';
import { VirtualMachine } from '../vms/kubevirtTypes';
import { ListScope, PermittedCandidate } from './listPermitted';
import {
  indexVolumeAttachments,
  toVolumeSummary,
  volumeResource,
} from './volumeSummary';

/** Volume rows carry their labels, so the list's label selector applies. */
export type VolumeListItem = VolumeSummary & { labels: Record<string, string> };

/** A cluster's PVCs with the VM mounting each, from one read of each kind. */
export async function loadVolumes({
  handle,
  reader,
  ownership,
}: ListScope): Promise<PermittedCandidate<VolumeListItem>[]> {
  const [pvcs, vms] = await Promise.all([
    reader.list('pvc'),
    reader.list('vm') as Promise<VirtualMachine[]>,
  ]);
  const attachments = indexVolumeAttachments(vms);
  return pvcs.map(pvc => {
    const resource = volumeResource(ownership, pvc);
    return {
      resource,
      item: {
        ...toVolumeSummary(handle.name, pvc, attachments, resource),
        labels: pvc.metadata.labels ?? {},
      },
    };
  });
}
