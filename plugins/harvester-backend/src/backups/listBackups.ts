import { BackupType, VmBackup } from '@internal/plugin-harvester-common';
import { KubeObject } from '../kube/KubeObject';
import { ObjectReader } from '../kube/ObjectReader';
import { ListScope, PermittedCandidate } from '../resources/listPermitted';
import { BackupObject, backupResource, toVmBackup } from './backupSummary';

/** A cluster's VMs by `<namespace>/<name>`, to find backups' sources. */
export async function vmsByName(
  reader: ObjectReader,
): Promise<Map<string, KubeObject>> {
  const vms = await reader.list('vm');
  return new Map(
    vms.map(vm => [`${vm.metadata.namespace}/${vm.metadata.name}`, vm]),
  );
}

/** A cluster's VM backups and snapshots, optionally of one type. */
export async function loadBackups(
  { handle, reader, ownership }: ListScope,
  type: BackupType | undefined,
): Promise<PermittedCandidate<VmBackup>[]> {
  const [backups, vms] = await Promise.all([
    reader.list('backup') as Promise<BackupObject[]>,
    vmsByName(reader),
  ]);
  return backups
    .map(backup => {
      const vm = vms.get(
        `${backup.metadata.namespace}/${backup.spec?.source.name}`,
      );
      const resource = backupResource(ownership, backup, vm);
      return { resource, item: toVmBackup(handle.name, backup, resource) };
    })
    .filter(({ item }) => !type || item.type === type);
}
