import {
  HARVESTER_VOLUME_RESOURCE_TYPE,
  VolumeSnapshotSummary,
} from '@internal/plugin-harvester-common';
import { KubeObject } from '../kube/KubeObject';
import { parseQuantity } from '../kube/quantity';
import { ListScope, PermittedCandidate } from '../resources/listPermitted';

/**
 * A cluster's volume snapshots; each is seen as its source volume (owner
 * and tags of the PVC) so volume permissions cover its snapshots.
 */
export async function loadVolumeSnapshots({
  handle,
  reader,
  ownership,
}: ListScope): Promise<PermittedCandidate<VolumeSnapshotSummary>[]> {
  const [snapshots, pvcs] = await Promise.all([
    reader.list('volumeSnapshot'),
    reader.list('pvc'),
  ]);
  const pvcByKey = new Map(
    pvcs.map(p => [`${p.metadata.namespace}/${p.metadata.name}`, p]),
  );
  return snapshots.map((snapshot: KubeObject) => {
    const { namespace, name } = snapshot.metadata;
    const sourceVolume: string | undefined =
      snapshot.spec?.source?.persistentVolumeClaimName;
    const pvc = sourceVolume && pvcByKey.get(`${namespace}/${sourceVolume}`);
    const resource = ownership.resourceOf(
      HARVESTER_VOLUME_RESOURCE_TYPE,
      pvc || snapshot,
    );
    const backupOwner = snapshot.metadata.ownerReferences?.find(
      o => o.kind === 'VirtualMachineBackup',
    );
    return {
      resource: { ...resource, name },
      item: {
        cluster: handle.name,
        namespace: namespace!,
        name,
        sourceVolume,
        readyToUse: snapshot.status?.readyToUse === true,
        sizeBytes: parseQuantity(snapshot.status?.restoreSize),
        vmBackup: backupOwner?.name,
        error: snapshot.status?.error?.message,
        owner: resource.owner,
        labels: snapshot.metadata.labels ?? {},
        createdAt:
          snapshot.status?.creationTime ??
          snapshot.metadata.creationTimestamp ??
          '',
      },
    };
  });
}
