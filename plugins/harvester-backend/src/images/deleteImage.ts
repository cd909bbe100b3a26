import { ConflictError } from '@backstage/errors';
import {
  ActionResult,
  HARVESTER_LABELS,
  stringifyHarvesterRef,
} from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { LoadedObject } from '../resources/loadPermittedObject';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditChange } from '../service/auditChange';

/**
 * Deletes an image no volume was made from (`harvesterhci.io/imageId`
 * names it, in any namespace); 409 naming those volumes while any exist.
 */
export async function deleteImage(
  context: HarvesterContext,
  req: Request,
  target: LoadedObject,
): Promise<ActionResult> {
  const { ref, handle, reader } = target;
  const imageId = `${ref.namespace}/${ref.name}`;
  const volumes = (await reader.list('pvc'))
    .filter(p => p.metadata.annotations?.[HARVESTER_LABELS.imageId] === imageId)
    .map(p => `${p.metadata.namespace}/${p.metadata.name}`);
  if (volumes.length) {
    throw new ConflictError(
      `Image ${stringifyHarvesterRef(ref)} is used by volumes ${volumes.join(
        ', ',
      )}: delete them first`,
    );
  }
  return auditChange(context, req, 'image-delete', ref, async () => {
    await handle.clientFor(req).delete('image', ref.namespace, ref.name);
    return {
      result: {
        ok: true,
        message: `Image ${imageId} deleted`,
        target: stringifyHarvesterRef(ref),
      },
    };
  });
}
