import { ConflictError } from '@backstage/errors';
import {
  ActionResult,
  stringifyHarvesterRef,
} from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { LoadedObject } from '../resources/loadPermittedObject';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditChange } from '../service/auditChange';
import { attachedVmOf, indexVolumeAttachments } from './volumeSummary';

/** Deletes a PVC no VM mounts; 409 naming the VM while one does. */
export async function deleteVolume(
  context: HarvesterContext,
  req: Request,
  target: LoadedObject,
): Promise<ActionResult> {
  const { object: pvc, ref, handle, reader } = target;
  const vms = await reader.list('vm', ref.namespace);
  const vm = attachedVmOf(indexVolumeAttachments(vms), pvc);
  if (vm) {
    throw new ConflictError(
      `Volume ${stringifyHarvesterRef(ref)} is used by VM ${
        ref.namespace
      }/${vm}: remove it from the VM or delete the VM first`,
    );
  }
  return auditChange(context, req, 'volume-delete', ref, async () => {
    await handle.clientFor(req).delete('pvc', ref.namespace, ref.name);
    return {
      result: {
        ok: true,
        message: `Volume ${ref.namespace}/${ref.name} deleted`,
        target: stringifyHarvesterRef(ref),
      },
    };
  });
}
