import { InputError } from '@backstage/errors';
import {
  HARVESTER_LABELS,
  harvesterVolumeManagePermission,
  volumeCreateSchema,
  VolumeSummary,
} from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { z } from 'zod';
import { requireActiveImage } from '../images/activeImage';
import { KubeObject } from '../kube/KubeObject';
import { ObjectReader } from '../kube/ObjectReader';
import { loadOwnership } from '../resources/ownership';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditChange } from '../service/auditChange';
import { defaultStorageClassName } from '../templates/storageClasses';
import { toVolumeSummary, volumeResource } from './volumeSummary';

export type VolumeCreateRequest = z.infer<typeof volumeCreateSchema>;

/** Where the volume's data comes from: an image's class, or a blank one. */
async function resolveStorage(
  reader: ObjectReader,
  namespace: string,
  request: VolumeCreateRequest,
): Promise<{ storageClassName?: string; imageId?: string }> {
  if (request.image) {
    const image = await requireActiveImage(
      reader,
      request.image,
      namespace,
      'image',
    );
    if (
      request.storageClass &&
      request.storageClass !== image.storageClassName
    ) {
      throw new InputError(
        `Invalid request: storageClass: a volume made from image ${image.id} uses its storage class ${image.storageClassName}`,
      );
    }
    return { storageClassName: image.storageClassName, imageId: image.id };
  }
  const classes = await reader.list('storageClass');
  if (!request.storageClass) {
    return { storageClassName: defaultStorageClassName(classes) };
  }
  if (!classes.some(c => c.metadata.name === request.storageClass)) {
    throw new InputError(
      `Invalid request: storageClass: StorageClass ${request.storageClass} not found`,
    );
  }
  return { storageClassName: request.storageClass };
}

/**
 * Creates a PVC the way Harvester's Volumes page does: from an image
 * through the image's storage class (annotated with the image id), or
 * blank in the given or the cluster's default class.
 */
export async function createVolume(
  context: HarvesterContext,
  req: Request,
  target: { cluster: string; namespace: string },
  request: VolumeCreateRequest,
): Promise<VolumeSummary> {
  await context.httpAuth.credentials(req, { allow: ['user'] });
  const handle = context.clusters.get(target.cluster);
  const { namespace } = target;
  const reader = handle.readerFor(req);
  const ownership = await loadOwnership(handle, reader);
  const toBe: KubeObject = { metadata: { name: request.name, namespace } };
  await context.harvesterAuth.requireAllowed(
    req,
    harvesterVolumeManagePermission,
    volumeResource(ownership, toBe),
  );
  const storage = await resolveStorage(reader, namespace, request);
  const pvc: KubeObject = {
    metadata: {
      name: request.name,
      namespace,
      ...(storage.imageId
        ? { annotations: { [HARVESTER_LABELS.imageId]: storage.imageId } }
        : {}),
    },
    spec: {
      accessModes: [request.accessMode],
      volumeMode: request.volumeMode,
      resources: { requests: { storage: request.size } },
      ...(storage.storageClassName
        ? { storageClassName: storage.storageClassName }
        : {}),
    },
  };
  const ref = { cluster: handle.name, namespace, name: request.name };
  return auditChange(
    context,
    req,
    'volume-create',
    { ...ref, size: request.size, ...storage },
    async () => {
      const created = await handle.clientFor(req).create('pvc', pvc);
      return {
        result: toVolumeSummary(
          handle.name,
          created,
          new Map(),
          volumeResource(ownership, created),
        ),
      };
    },
  );
}
