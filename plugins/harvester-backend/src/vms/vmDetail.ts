import { HARVESTER_LABELS, VmDetail } from '@internal/plugin-harvester-common';
import { HarvesterClusterDefinition } from '@internal/plugin-harvester-node';
import {
  BackupObject,
  backupResource,
  toVmBackup,
} from '../backups/backupSummary';
import { ObjectReader } from '../kube/ObjectReader';
import { VirtualMachine, VmVolume } from '../kube/types/kubevirt';
import { Ownership } from '../resources/ownership';
import { DESCRIPTION_ANNOTATION } from './buildVmManifest';
import { migrationsOfVm, toVmMigration } from './migrations';
import { vmDisks, vmInterfaces } from './vmDevices';
import { vmEvents } from './vmEvents';
import { loadVmRelations } from './vmRelations';
import { toVmSummary } from './vmSummary';

/** Harvester's UI: the cluster URL without the API server's port. */
function dashboardUrlOf(cluster: HarvesterClusterDefinition): string {
  if (cluster.dashboardUrl) {
    return cluster.dashboardUrl.replace(/\/+$/, '');
  }
  const url = new URL(cluster.url);
  return `${url.protocol}//${url.hostname}`;
}

function cloudInitOf(volumes: VmVolume[] | undefined): VmDetail['cloudInit'] {
  const source = volumes?.find(v => v.cloudInitNoCloud)?.cloudInitNoCloud;
  if (!source) {
    return undefined;
  }
  // User data kept in a Secret is not read: the portal reads no Secrets.
  const userData =
    source.userData ??
    (source.userDataBase64
      ? Buffer.from(source.userDataBase64, 'base64').toString('utf8')
      : undefined);
  return {
    ...(userData !== undefined ? { userData } : {}),
    ...(source.networkData !== undefined
      ? { networkData: source.networkData }
      : {}),
  };
}

function sshKeysOf(vm: VirtualMachine): string[] {
  try {
    const names = JSON.parse(
      vm.metadata.annotations?.[HARVESTER_LABELS.sshNames] ?? '[]',
    );
    return Array.isArray(names) ? names.map(String) : [];
  } catch {
    return [];
  }
}

/** Everything the VM page shows, read from the cluster's cache. */
export async function getVmDetail(
  cluster: HarvesterClusterDefinition,
  reader: ObjectReader,
  ownership: Ownership,
  vm: VirtualMachine,
): Promise<VmDetail> {
  const namespace = vm.metadata.namespace!;
  const [relations, migrations, backups, events] = await Promise.all([
    loadVmRelations(reader, namespace),
    migrationsOfVm(reader, vm),
    reader.list('backup', namespace) as Promise<BackupObject[]>,
    vmEvents(cluster.name, reader, vm),
  ]);
  const summary = toVmSummary(cluster.name, vm, relations, ownership);
  const annotations = vm.metadata.annotations ?? {};
  const cloudInit = cloudInitOf(vm.spec?.template.spec.volumes);
  const templateVersion =
    annotations[HARVESTER_LABELS.templateVersion] ??
    vm.metadata.labels?.[HARVESTER_LABELS.templateVersion];
  return {
    ...summary,
    ...(annotations[DESCRIPTION_ANNOTATION]
      ? { description: annotations[DESCRIPTION_ANNOTATION] }
      : {}),
    disks: vmDisks(vm, relations),
    interfaces: vmInterfaces(vm, relations.instanceOf(vm)),
    migrations: migrations.map(toVmMigration),
    backups: backups
      .filter(
        b =>
          b.spec?.source.kind === 'VirtualMachine' &&
          b.spec.source.name === vm.metadata.name,
      )
      .map(b => toVmBackup(cluster.name, b, backupResource(ownership, b, vm))),
    // Harvester's UI route for a VM's VNC console, which authenticates the
    // user against the cluster itself.
    consoleUrl: `${dashboardUrlOf(cluster)}/dashboard/harvester/console/${
      summary.uid
    }/vnc`,
    ...(cloudInit ? { cloudInit } : {}),
    sshKeys: sshKeysOf(vm),
    conditions: (vm.status?.conditions ?? []).map(c => ({
      type: c.type,
      status: c.status,
      ...(c.reason ? { reason: c.reason } : {}),
      ...(c.message ? { message: c.message } : {}),
    })),
    ...(templateVersion ? { templateVersion } : {}),
    events,
  };
}
