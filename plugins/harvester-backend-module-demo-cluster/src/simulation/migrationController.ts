import { HARVESTER_ANNOTATIONS } from '@internal/plugin-harvester-common';
import { KubeObject } from '../kube/KubeObject';
import { placeInstance } from './scheduler';
import {
  ClusterState,
  findObject,
  forEachObject,
  phaseTransitions,
  SimulationContext,
  timestamp,
} from './SimulationContext';

/** The phases a live migration goes through, each taking a migration step. */
const PHASES = [
  'Pending',
  'Scheduling',
  'TargetReady',
  'Running',
  'Succeeded',
] as const;

/** Succeeded or Failed: the migration no longer moves its VMI. */
export const isFinished = (migration: KubeObject) =>
  ['Succeeded', 'Failed'].includes(migration.status?.phase);

/** The host the caller asked for (portal annotation, added node selector), else any other. */
function chooseTarget(
  migration: KubeObject,
  vmi: KubeObject,
  state: ClusterState,
) {
  const requested =
    migration.metadata.annotations?.[HARVESTER_ANNOTATIONS.targetHost];
  const nodeSelector = {
    ...migration.spec?.addedNodeSelector,
    ...(requested ? { 'kubernetes.io/hostname': requested } : {}),
  };
  return placeInstance(vmi, state.nodes, state.vmis, {
    exclude: vmi.status?.nodeName,
    nodeSelector,
  });
}

async function fail(
  ctx: SimulationContext,
  migration: KubeObject,
  vm: KubeObject | undefined,
  message: string,
) {
  const { namespace, name } = migration.metadata;
  await ctx.api.patchStatus('migration', namespace, name, {
    phase: 'Failed',
    phaseTransitionTimestamps: phaseTransitions(migration, 'Failed'),
    conditions: [
      {
        type: 'Failed',
        status: 'True',
        reason: 'MigrationFailed',
        message,
        lastTransitionTime: timestamp(),
      },
    ],
  });
  if (vm)
    await ctx.events.record('vm', vm, 'MigrationFailed', message, {
      type: 'Warning',
    });
}

async function advance(
  ctx: SimulationContext,
  migration: KubeObject,
  vmi: KubeObject,
  state: ClusterState,
) {
  const { namespace, name, uid } = migration.metadata;
  const phase = migration.status?.phase ?? '';
  const next = PHASES[PHASES.indexOf(phase as any) + 1] ?? 'Pending';
  const vm = findObject(state.vms, namespace, vmi.metadata.name);
  let migrationState = migration.status?.migrationState ?? {};
  const now = timestamp();

  if (next === 'Scheduling') {
    const target = chooseTarget(migration, vmi, state);
    if ('reason' in target) {
      await fail(
        ctx,
        migration,
        vm,
        `No host to migrate ${vmi.metadata.name} to: ${target.reason}`,
      );
      return;
    }
    migrationState = {
      migrationUid: uid,
      sourceNode: vmi.status.nodeName,
      targetNode: target.node.metadata.name,
      mode: 'PreCopy',
    };
  } else if (next === 'Running') {
    migrationState = { ...migrationState, startTimestamp: now };
  } else if (next === 'Succeeded') {
    migrationState = { ...migrationState, completed: true, endTimestamp: now };
  }
  if (next !== 'Pending') {
    // Later placements in this tick see the target taken.
    vmi.status = (
      await ctx.api.patchStatus('vmi', namespace, vmi.metadata.name, {
        migrationState,
        ...(next === 'Succeeded'
          ? { nodeName: migrationState.targetNode }
          : {}),
      })
    ).status;
  }
  await ctx.api.patchStatus('migration', namespace, name, {
    phase: next,
    phaseTransitionTimestamps: phaseTransitions(migration, next),
    ...(next !== 'Pending' ? { migrationState } : {}),
  });
  // The step's time counts from now, not from the next look.
  ctx.clock.elapsed(uid!, next);
  if (next === 'Succeeded' && vm) {
    await ctx.events.record(
      'vm',
      vm,
      'Migrated',
      `Migrated from ${migrationState.sourceNode} to ${migrationState.targetNode}`,
    );
  }
}

/** A VMI whose migration object was deleted mid-flight: the migration was aborted, the VMI stays. */
async function reportAborts(ctx: SimulationContext, state: ClusterState) {
  const live = new Set(state.migrations.map(m => m.metadata.uid));
  await forEachObject(ctx, 'VMI', state.vmis, async vmi => {
    const migrationState = vmi.status?.migrationState;
    if (
      !migrationState ||
      migrationState.completed ||
      migrationState.failed ||
      live.has(migrationState.migrationUid)
    ) {
      return;
    }
    const { namespace, name } = vmi.metadata;
    await ctx.api.patchStatus('vmi', namespace, name, {
      migrationState: {
        ...migrationState,
        abortStatus: 'Succeeded',
        failed: true,
        endTimestamp: timestamp(),
      },
    });
    const vm = findObject(state.vms, namespace, name);
    if (vm)
      await ctx.events.record(
        'vm',
        vm,
        'MigrationAborted',
        `Migration to ${migrationState.targetNode} aborted; the VM stays on ${migrationState.sourceNode}`,
      );
  });
}

/**
 * virt-controller and virt-handler for live migrations: a
 * VirtualMachineInstanceMigration goes Pending → Scheduling → TargetReady →
 * Running → Succeeded, a migration step each, moving the VMI's
 * `status.nodeName` to the target (the requested host, the added node
 * selector, or the least loaded other host). One migration per VMI at a time.
 */
export async function reconcileMigrations(
  ctx: SimulationContext,
  state: ClusterState,
) {
  await reportAborts(ctx, state);
  const active = state.migrations
    .filter(m => !isFinished(m))
    .sort((a, b) =>
      (a.metadata.creationTimestamp ?? '').localeCompare(
        b.metadata.creationTimestamp ?? '',
      ),
    );
  const busy = new Set<string>();
  await forEachObject(ctx, 'migration', active, async migration => {
    const { namespace, uid } = migration.metadata;
    const vmiName = migration.spec?.vmiName;
    const vmi = findObject(state.vmis, namespace, vmiName);
    const vm = findObject(state.vms, namespace, vmiName);
    if (!vmi || vmi.status?.phase !== 'Running') {
      await fail(ctx, migration, vm, `VMI ${vmiName} is not running`);
      return;
    }
    if (busy.has(vmiName)) {
      await fail(
        ctx,
        migration,
        vm,
        `in-flight migration detected for VMI ${vmiName}`,
      );
      return;
    }
    busy.add(vmiName);
    const phase = migration.status?.phase ?? '';
    if (
      !phase ||
      ctx.clock.elapsed(uid!, phase) >= ctx.timings.migrationStepMs
    ) {
      await advance(ctx, migration, vmi, state);
    }
  });
}
