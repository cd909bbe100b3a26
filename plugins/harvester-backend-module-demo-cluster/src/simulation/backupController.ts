import { KubeObject, withCondition } from '../kube/KubeObject';
import { parseQuantity } from './quantity';
import {
  ClusterState,
  findObject,
  forEachObject,
  SimulationContext,
  timestamp,
} from './SimulationContext';
import { volumeClaimTemplatesOf } from './volumeController';

/** The claim behind each of the VM's PVC volumes: the PVC, else its claim template. */
function volumeBackupsOf(
  vm: KubeObject,
  backup: KubeObject,
  state: ClusterState,
  ready: boolean,
) {
  const namespace = vm.metadata.namespace;
  const volumes: {
    name: string;
    persistentVolumeClaim?: { claimName: string };
  }[] = vm.spec?.template?.spec?.volumes ?? [];
  return volumes
    .filter(volume => volume.persistentVolumeClaim)
    .map(volume => {
      const claimName = volume.persistentVolumeClaim!.claimName;
      const claim =
        findObject(state.pvcs, namespace, claimName) ??
        volumeClaimTemplatesOf(vm).find(t => t.metadata.name === claimName);
      const size = claim?.spec?.resources?.requests?.storage;
      return {
        name: `${backup.metadata.name}-${volume.name}`,
        volumeName: volume.name,
        csiDriverName: 'driver.longhorn.io',
        persistentVolumeClaim: {
          metadata: {
            name: claimName,
            namespace,
            ...(claim?.metadata?.annotations
              ? { annotations: claim.metadata.annotations }
              : {}),
          },
          spec: claim?.spec ?? {},
        },
        readyToUse: ready,
        progress: ready ? 100 : 0,
        ...(size ? { volumeSize: parseQuantity(size) } : {}),
        ...(ready ? { creationTime: timestamp() } : {}),
      };
    });
}

/**
 * Harvester's backup controller: a VirtualMachineBackup records its source
 * VM (spec and volumes) at once and is readyToUse after the backup time,
 * for backups to the target and snapshots alike.
 */
export async function reconcileBackups(
  ctx: SimulationContext,
  state: ClusterState,
) {
  await forEachObject(ctx, 'backup', state.backups, async backup => {
    if (backup.status?.readyToUse || backup.status?.error) return;
    const { namespace, name, uid } = backup.metadata;
    const sourceName = backup.spec?.source?.name;
    const vm = findObject(state.vms, namespace, sourceName);
    const now = timestamp();
    if (!vm) {
      await ctx.api.patchStatus('backup', namespace, name, {
        readyToUse: false,
        error: {
          message: `VirtualMachine ${namespace}/${sourceName} not found`,
          time: now,
        },
      });
      return;
    }
    const ready = ctx.clock.elapsed(uid!, 'backing-up') >= ctx.timings.backupMs;
    if (backup.status?.source && !ready) return;
    await ctx.api.patchStatus('backup', namespace, name, {
      source: {
        metadata: {
          name: vm.metadata.name,
          namespace,
          ...(vm.metadata.labels ? { labels: vm.metadata.labels } : {}),
          ...(vm.metadata.annotations
            ? { annotations: vm.metadata.annotations }
            : {}),
        },
        spec: vm.spec,
      },
      readyToUse: ready,
      progress: ready ? 100 : 0,
      ...(ready ? { creationTime: now } : {}),
      volumeBackups: volumeBackupsOf(vm, backup, state, ready),
      conditions: withCondition(
        withCondition(
          backup.status?.conditions,
          { type: 'InProgress', status: ready ? 'False' : 'True' },
          now,
        ),
        { type: 'Ready', status: ready ? 'True' : 'False' },
        now,
      ),
    });
    if (ready) {
      const type = backup.spec?.type ?? 'backup';
      await ctx.events.record(
        'vm',
        vm,
        'BackupReady',
        `${type === 'snapshot' ? 'Snapshot' : 'Backup'} ${name} is ready`,
        { component: 'harvester' },
      );
    }
  });
}
