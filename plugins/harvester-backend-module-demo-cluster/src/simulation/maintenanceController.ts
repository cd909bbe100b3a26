import { HARVESTER_LABELS } from '@internal/plugin-harvester-common';
import { KubeObject } from '../kube/KubeObject';
import { isFinished } from './migrationController';
import { placeInstance } from './scheduler';
import {
  ClusterState,
  forEachObject,
  SimulationContext,
} from './SimulationContext';

const STATUS = HARVESTER_LABELS.maintenance;

async function setMaintenanceStatus(
  ctx: SimulationContext,
  node: KubeObject,
  status: string | null,
) {
  await ctx.api.patch('node', undefined, node.metadata.name, {
    metadata: {
      annotations: { [STATUS]: status },
      labels: { [STATUS]: status },
    },
  });
}

const hasActiveMigration = (state: ClusterState, vmi: KubeObject) =>
  state.migrations.some(
    m =>
      m.metadata.namespace === vmi.metadata.namespace &&
      m.spec?.vmiName === vmi.metadata.name &&
      !isFinished(m),
  );

/** Live-migrates the node's VMs away, where another host has room. */
async function evacuate(
  ctx: SimulationContext,
  node: KubeObject,
  state: ClusterState,
  residents: KubeObject[],
) {
  for (const vmi of residents) {
    if (hasActiveMigration(state, vmi)) continue;
    const placement = placeInstance(vmi, state.nodes, state.vmis, {
      exclude: node.metadata.name,
    });
    if ('reason' in placement) {
      ctx.logger.debug(
        `Cannot evacuate ${vmi.metadata.name} from ${node.metadata.name}: ${placement.reason}`,
      );
      continue;
    }
    await ctx.api.create('migration', {
      apiVersion: 'kubevirt.io/v1',
      kind: 'VirtualMachineInstanceMigration',
      metadata: {
        name: '',
        generateName: `${vmi.metadata.name}-maintenance-`,
        namespace: vmi.metadata.namespace,
        labels: { 'harvesterhci.io/maintenance-node': node.metadata.name },
      },
      spec: { vmiName: vmi.metadata.name },
    });
  }
}

/**
 * Harvester's node controller for maintenance mode: a cordoned node with
 * `harvesterhci.io/drain-requested` gets `harvesterhci.io/maintain-status:
 * running`, its VMs are live-migrated away, and it is `completed` when none
 * is left. Removing the request (uncordon) ends maintenance.
 */
export async function reconcileMaintenance(
  ctx: SimulationContext,
  state: ClusterState,
) {
  await forEachObject(ctx, 'node', state.nodes, async node => {
    const name = node.metadata.name;
    const requested =
      node.spec?.unschedulable === true &&
      node.metadata.annotations?.[HARVESTER_LABELS.drainRequested] === 'true';
    const status = node.metadata.annotations?.[STATUS];
    if (!requested) {
      if (status) {
        await setMaintenanceStatus(ctx, node, null);
        await ctx.events.record(
          'node',
          node,
          'MaintenanceEnded',
          `Host ${name} left maintenance mode`,
          { component: 'harvester' },
        );
      }
      return;
    }
    if (!status) {
      await setMaintenanceStatus(ctx, node, 'running');
      await ctx.events.record(
        'node',
        node,
        'MaintenanceStarted',
        `Host ${name} is entering maintenance mode; migrating its VMs`,
        { component: 'harvester' },
      );
      return;
    }
    if (status !== 'running') return;
    const residents = state.vmis.filter(vmi => vmi.status?.nodeName === name);
    if (residents.length) {
      await evacuate(ctx, node, state, residents);
      return;
    }
    await setMaintenanceStatus(ctx, node, 'completed');
    await ctx.events.record(
      'node',
      node,
      'MaintenanceCompleted',
      `Host ${name} is in maintenance mode`,
      { component: 'harvester' },
    );
  });
}
