import { HARVESTER_LABELS } from '@internal/plugin-harvester-common';
import { KubeObject } from '../kube/KubeObject';
import { parseQuantity } from './quantity';
import {
  ClusterState,
  findObject,
  forEachObject,
  SimulationContext,
} from './SimulationContext';

/** The PVCs a Harvester VM asks for in its `harvesterhci.io/volumeClaimTemplates` annotation. */
export function volumeClaimTemplatesOf(vm: KubeObject): KubeObject[] {
  const text = vm.metadata.annotations?.[HARVESTER_LABELS.volumeClaimTemplates];
  if (!text) return [];
  try {
    const templates = JSON.parse(text);
    return Array.isArray(templates) ? templates : [];
  } catch {
    return [];
  }
}

async function createClaims(ctx: SimulationContext, state: ClusterState) {
  await forEachObject(ctx, 'VM volumes', state.vms, async vm => {
    const namespace = vm.metadata.namespace;
    for (const template of volumeClaimTemplatesOf(vm)) {
      const name = template.metadata?.name;
      if (!name || findObject(state.pvcs, namespace, name)) continue;
      await ctx.api.create('pvc', {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        ...template,
        metadata: { ...template.metadata, name, namespace },
      });
    }
  });
}

/** Longhorn provisions and expands: claims become Bound with the size they ask for. */
async function bindClaims(ctx: SimulationContext, state: ClusterState) {
  await forEachObject(ctx, 'PVC', state.pvcs, async pvc => {
    if (pvc.metadata.deletionTimestamp) return;
    const requested = pvc.spec?.resources?.requests?.storage;
    const capacity = pvc.status?.capacity?.storage;
    const bound = pvc.status?.phase === 'Bound';
    if (bound && parseQuantity(capacity) >= parseQuantity(requested)) return;
    await ctx.api.patchStatus(
      'pvc',
      pvc.metadata.namespace,
      pvc.metadata.name,
      {
        phase: 'Bound',
        accessModes: pvc.spec?.accessModes ?? ['ReadWriteMany'],
        capacity: { storage: requested },
      },
    );
  });
}

/**
 * Harvester's VM webhook and Longhorn: a VM's volume claim templates become
 * PVCs, and every claim is bound (and grown when its request grows).
 */
export async function reconcileVolumes(
  ctx: SimulationContext,
  state: ClusterState,
) {
  await createClaims(ctx, state);
  await bindClaims(ctx, state);
}
