import { HARVESTER_LABELS } from '@internal/plugin-harvester-common';
import { conditionOf, KubeObject, withCondition } from '../kube/KubeObject';
import {
  ClusterState,
  findObject,
  forEachObject,
  SimulationContext,
  timestamp,
} from './SimulationContext';

type VolumeBackup = {
  volumeName: string;
  persistentVolumeClaim: {
    metadata: { name: string; annotations?: Record<string, string> };
    spec: any;
  };
};

/**
 * The VM a restore makes: the backup's source spec with its volumes on new
 * claims (`restore-<backup>-<uid>-<volume>`, created from the claim
 * templates like any Harvester VM's), running unless `haltAfterRestore`.
 */
function restoredVm(
  restore: KubeObject,
  backup: KubeObject,
  current?: KubeObject,
) {
  const source = backup.status.source;
  const volumeBackups: VolumeBackup[] = backup.status.volumeBackups ?? [];
  const suffix = restore.metadata.uid!.slice(0, 8);
  const renamed = new Map(
    volumeBackups.map(vb => [
      vb.persistentVolumeClaim.metadata.name,
      `restore-${backup.metadata.name}-${suffix}-${vb.volumeName}`,
    ]),
  );
  const claimTemplates = volumeBackups.map(vb => ({
    metadata: {
      name: renamed.get(vb.persistentVolumeClaim.metadata.name),
      annotations: vb.persistentVolumeClaim.metadata.annotations,
    },
    spec: { ...vb.persistentVolumeClaim.spec, volumeName: undefined },
  }));
  const spec = structuredClone(source.spec);
  for (const volume of spec.template?.spec?.volumes ?? []) {
    const claim = volume.persistentVolumeClaim;
    if (claim && renamed.has(claim.claimName))
      claim.claimName = renamed.get(claim.claimName);
  }
  if (restore.spec.newVM && !restore.spec.keepMacAddress) {
    for (const iface of spec.template?.spec?.domain?.devices?.interfaces ??
      []) {
      delete iface.macAddress;
    }
  }
  delete spec.running;
  spec.runStrategy = restore.spec.haltAfterRestore ? 'Halted' : 'Always';
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: {
      ...(current?.metadata ?? {}),
      name: restore.spec.target.name,
      namespace: restore.metadata.namespace,
      labels: source.metadata?.labels,
      annotations: {
        ...source.metadata?.annotations,
        [HARVESTER_LABELS.volumeClaimTemplates]: JSON.stringify(claimTemplates),
      },
    },
    spec,
  };
}

async function applyRestore(
  ctx: SimulationContext,
  item: KubeObject,
  backup: KubeObject,
  state: ClusterState,
) {
  const namespace = item.metadata.namespace;
  const current = findObject(state.vms, namespace, item.spec.target.name);
  const vm = restoredVm(item, backup, current);
  const deletedVolumes: string[] = [];
  if (item.spec.newVM || !current) {
    await ctx.api.create('vm', vm);
  } else {
    await ctx.api.replace('vm', vm);
    // The VM restarts on the restored volumes.
    await ctx.api.delete('vmi', namespace, vm.metadata.name);
    if (item.spec.deletionPolicy === 'delete') {
      const kept = new Set(
        vm.spec.template?.spec?.volumes?.map(
          (v: any) => v.persistentVolumeClaim?.claimName,
        ),
      );
      for (const volume of current.spec?.template?.spec?.volumes ?? []) {
        const claimName = volume.persistentVolumeClaim?.claimName;
        if (claimName && !kept.has(claimName)) {
          await ctx.api.delete('pvc', namespace, claimName);
          deletedVolumes.push(claimName);
        }
      }
    }
  }
  return deletedVolumes;
}

/** Why the restore cannot run yet, if it cannot. */
function waitingReason(spec: any, backup?: KubeObject, target?: KubeObject) {
  if (!backup) {
    return `VirtualMachineBackup ${spec.virtualMachineBackupNamespace}/${spec.virtualMachineBackupName} not found`;
  }
  if (!backup.status?.readyToUse || !backup.status.source) {
    return `VirtualMachineBackup ${spec.virtualMachineBackupName} is not ready`;
  }
  if (spec.newVM && target) {
    return `VirtualMachine ${spec.target.name} already exists`;
  }
  return undefined;
}

/**
 * Harvester's restore controller: once the backup is ready, a
 * VirtualMachineRestore creates a new VM (`newVM`) or replaces the target
 * VM's spec and volumes with the backup's, after the restore time. The VM
 * reports `restoreInProgress` meanwhile.
 */
export async function reconcileRestores(
  ctx: SimulationContext,
  state: ClusterState,
) {
  await forEachObject(ctx, 'restore', state.restores, async item => {
    if (item.status?.complete) return;
    const { namespace, name, uid } = item.metadata;
    const spec = item.spec ?? {};
    const now = timestamp();
    const backup = findObject(
      state.backups,
      spec.virtualMachineBackupNamespace,
      spec.virtualMachineBackupName,
    );
    const target = findObject(state.vms, namespace, spec.target?.name);
    const waitingFor = waitingReason(spec, backup, target);
    if (waitingFor || !backup) {
      if (conditionOf(item, 'Ready')?.message !== waitingFor) {
        await ctx.api.patchStatus('restore', namespace, name, {
          complete: false,
          conditions: withCondition(
            item.status?.conditions,
            {
              type: 'Ready',
              status: 'False',
              reason: 'Waiting',
              message: waitingFor,
            },
            now,
          ),
        });
      }
      return;
    }
    if (ctx.clock.elapsed(uid!, 'restoring') < ctx.timings.restoreMs) {
      if (target && target.status?.restoreInProgress !== name) {
        await ctx.api.patchStatus('vm', namespace, target.metadata.name, {
          restoreInProgress: name,
        });
      }
      return;
    }
    const deletedVolumes = await applyRestore(ctx, item, backup, state);
    await ctx.api.patchStatus('restore', namespace, name, {
      complete: true,
      progress: 100,
      restoreTime: now,
      deletedVolumes,
      conditions: withCondition(
        item.status?.conditions,
        { type: 'Ready', status: 'True', reason: 'Complete' },
        now,
      ),
    });
    const restored = await ctx.api.get('vm', namespace, spec.target.name);
    if (restored) {
      await ctx.api.patchStatus('vm', namespace, spec.target.name, {
        restoreInProgress: null,
      });
      await ctx.events.record(
        'vm',
        restored,
        'VirtualMachineRestored',
        `Restored from ${spec.virtualMachineBackupName}`,
        { component: 'harvester' },
      );
    }
  });
}
