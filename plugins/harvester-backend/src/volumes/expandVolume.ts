import { InputError } from '@backstage/errors';
import { VolumeSummary } from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { parseQuantity } from '../kube/quantity';
import { LoadedObject } from '../resources/loadPermittedObject';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditChange } from '../service/auditChange';
import { indexVolumeAttachments, toVolumeSummary } from './volumeSummary';

/**
 * Grows a PVC's request; Longhorn cannot shrink a volume, so anything not
 * larger than the current request is a 400 naming both sizes.
 */
export async function expandVolume(
  context: HarvesterContext,
  req: Request,
  target: LoadedObject,
  size: string,
): Promise<VolumeSummary> {
  const { object: pvc, ref, handle, reader } = target;
  const current: string = pvc.spec?.resources?.requests?.storage ?? '0';
  if ((parseQuantity(size) ?? 0) <= (parseQuantity(current) ?? 0)) {
    throw new InputError(
      `Invalid request: size: a volume can only grow: ${size} is not larger than its current ${current}`,
    );
  }
  return auditChange(
    context,
    req,
    'volume-expand',
    { ...ref, before: current, after: size },
    async () => {
      const patched = await handle
        .clientFor(req)
        .patch('pvc', ref.namespace, ref.name, {
          spec: { resources: { requests: { storage: size } } },
        });
      const vms = await reader.list('vm', ref.namespace);
      return {
        result: toVolumeSummary(
          handle.name,
          patched,
          indexVolumeAttachments(vms),
          target.resource,
        ),
      };
    },
  );
}
