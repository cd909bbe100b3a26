import { InputError } from '@backstage/errors';
import {
  ActionResult,
  HARVESTER_LABELS,
  stringifyHarvesterRef,
  VmDeletePlan,
} from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditChange } from '../service/auditChange';
import { LoadedVm } from './loadVm';
import { vmSpecFacts } from './vmSpecFacts';

/** Which of the VM's volumes (PVCs it mounts) a delete removes or keeps. */
export function vmDeletePlan(
  target: LoadedVm,
  removeVolumes: boolean,
): VmDeletePlan {
  const claims = vmSpecFacts(target.object).claimNames;
  return {
    vm: stringifyHarvesterRef(target.ref),
    volumesDeleted: removeVolumes ? claims : [],
    volumesKept: removeVolumes ? [] : claims,
  };
}

/**
 * Deletes a VM the way Harvester's UI does: the PVCs to remove are named in
 * `harvesterhci.io/removedPersistentVolumeClaims` first (Harvester's VM
 * controller deletes those), and deleted here too, so clusters without that
 * controller end up the same. Kept volumes stay for reuse or restore.
 */
export async function deleteVm(
  context: Pick<HarvesterContext, 'auditor'>,
  req: Request,
  target: LoadedVm,
  options: { removeVolumes: boolean; confirm?: string },
): Promise<ActionResult> {
  const { ref, client } = target;
  if (options.confirm !== undefined && options.confirm !== ref.name) {
    throw new InputError(
      `Invalid request: confirm: must repeat the VM's name "${ref.name}"`,
    );
  }
  const plan = vmDeletePlan(target, options.removeVolumes);
  return auditChange(context, req, 'vm-delete', { ...ref, plan }, async () => {
    await client.patch('vm', ref.namespace, ref.name, {
      metadata: {
        annotations: {
          [HARVESTER_LABELS.removedPvcs]: plan.volumesDeleted.join(','),
        },
      },
    });
    await client.delete('vm', ref.namespace, ref.name);
    for (const claim of plan.volumesDeleted) {
      await client.delete('pvc', ref.namespace, claim);
    }
    const volumes = options.removeVolumes
      ? `volumes deleted: ${plan.volumesDeleted.join(', ') || 'none'}`
      : `volumes kept: ${plan.volumesKept.join(', ') || 'none'}`;
    return {
      result: {
        ok: true,
        message: `VM ${ref.namespace}/${ref.name} deleted; ${volumes}`,
        target: plan.vm,
      },
    };
  });
}
