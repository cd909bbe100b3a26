import {
  BackupType,
  HARVESTER_VM_RESOURCE_TYPE,
  VmBackup,
} from '@internal/plugin-harvester-common';
import { KubeObject, KubeObjectMeta } from '../kube/KubeObject';
import { HarvesterResource } from '../permissions/HarvesterResource';
import { Ownership } from '../resources/ownership';

/** A VirtualMachineBackup (`harvesterhci.io/v1beta1`), as far as it is read. */
export type BackupObject = KubeObject<
  {
    type?: BackupType;
    source: { apiGroup?: string; kind: string; name: string };
  },
  {
    readyToUse?: boolean;
    progress?: number;
    creationTime?: string;
    error?: { message?: string };
    volumeBackups?: { volumeSize?: number; error?: { message?: string } }[];
    /** The VM as it was backed up. */
    source?: { metadata?: Partial<KubeObjectMeta> };
  }
>;

/**
 * An object about a VM (backup, schedule) as the rules see it: a
 * `harvester-vm` in its namespace with the source VM's owner and tags, read
 * from the VM, else from the VM's metadata recorded in the object (the VM
 * may be gone).
 */
export function sourceVmResource(
  ownership: Ownership,
  object: KubeObject,
  source: { name: string; vm?: KubeObject; recorded?: Partial<KubeObjectMeta> },
): HarvesterResource {
  const vm: KubeObject = source.vm ?? {
    metadata: {
      name: source.name,
      namespace: object.metadata.namespace,
      labels: source.recorded?.labels,
      annotations: source.recorded?.annotations,
    },
  };
  return {
    ...ownership.resourceOf(HARVESTER_VM_RESOURCE_TYPE, vm),
    name: object.metadata.name,
  };
}

export function backupResource(
  ownership: Ownership,
  backup: BackupObject,
  sourceVm: KubeObject | undefined,
): HarvesterResource {
  return sourceVmResource(ownership, backup, {
    name: backup.spec?.source.name ?? '',
    vm: sourceVm,
    recorded: backup.status?.source?.metadata,
  });
}

/** The summary the Backup & Snapshot page lists; `owner` is the source VM's. */
export function toVmBackup(
  cluster: string,
  backup: BackupObject,
  resource: HarvesterResource,
): VmBackup {
  const status = backup.status ?? {};
  const volumes = status.volumeBackups ?? [];
  const sizes = volumes.map(v => v.volumeSize ?? 0);
  return {
    cluster,
    namespace: backup.metadata.namespace!,
    name: backup.metadata.name,
    // Harvester's CRD defaults a missing type to backup.
    type: backup.spec?.type ?? 'backup',
    sourceVm: backup.spec?.source.name ?? '',
    readyToUse: status.readyToUse === true,
    progress: status.progress,
    sizeBytes: sizes.length ? sizes.reduce((a, b) => a + b, 0) : undefined,
    createdAt: status.creationTime ?? backup.metadata.creationTimestamp ?? '',
    error:
      status.error?.message ??
      volumes.find(v => v.error?.message)?.error?.message,
    owner: resource.owner,
    labels: backup.metadata.labels ?? {},
  };
}
