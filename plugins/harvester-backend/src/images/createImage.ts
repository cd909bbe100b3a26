import { ConflictError, InputError } from '@backstage/errors';
import {
  HARVESTER_ANNOTATIONS,
  harvesterImageManagePermission,
  imageCreateSchema,
  ImageSummary,
} from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { z } from 'zod';
import { ClusterClient } from '../kube/ClusterClient';
import { KubeObjectMeta } from '../kube/KubeObject';
import { loadOwnership } from '../resources/ownership';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditChange } from '../service/auditChange';
import { tagLabels } from '../vms/buildVmManifest';
import { ImageObject } from './imageState';
import { imageResource, toImageSummary } from './imageSummary';

export type ImageCreateRequest = z.infer<typeof imageCreateSchema>;

/** Harvester's webhook refuses a second image with the same display name in a namespace. */
async function requireUniqueDisplayName(
  client: ClusterClient,
  namespace: string,
  displayName: string,
): Promise<void> {
  const { items } = await client.list('image', { namespace });
  const same = items.find(i => i.spec?.displayName === displayName);
  if (same) {
    throw new ConflictError(
      `Image ${namespace}/${same.metadata.name} already has the display name "${displayName}"`,
    );
  }
}

async function requireStorageClass(
  client: ClusterClient,
  name: string | undefined,
): Promise<void> {
  if (name && !(await client.get('storageClass', undefined, name))) {
    throw new InputError(
      `Invalid request: storageClass: StorageClass ${name} not found`,
    );
  }
}

/**
 * Creates a VirtualMachineImage that Harvester downloads from `url`; the
 * UI polls the image list for its progress.
 */
export async function createImage(
  context: HarvesterContext,
  req: Request,
  target: { cluster: string; namespace: string },
  request: ImageCreateRequest,
): Promise<ImageSummary> {
  const credentials = await context.httpAuth.credentials(req, {
    allow: ['user'],
  });
  const handle = context.clusters.get(target.cluster);
  const { namespace } = target;
  const ownership = await loadOwnership(handle, handle.readerFor(req));
  const metadata: KubeObjectMeta & { generateName?: string } = {
    // Harvester's UI lets the API server name images.
    ...(request.name
      ? { name: request.name }
      : { name: '', generateName: 'image-' }),
    namespace,
    labels: tagLabels(request.tags),
    annotations: {
      [HARVESTER_ANNOTATIONS.createdBy]: credentials.principal.userEntityRef,
    },
  };
  const manifest: ImageObject = {
    metadata,
    spec: {
      displayName: request.displayName,
      sourceType: 'download',
      url: request.url,
      ...(request.description ? { description: request.description } : {}),
      ...(request.checksum ? { checksum: request.checksum } : {}),
      ...(request.storageClass
        ? { targetStorageClassName: request.storageClass }
        : {}),
    },
  };
  await context.harvesterAuth.requireAllowed(
    req,
    harvesterImageManagePermission,
    imageResource(ownership, manifest),
  );
  const client = handle.clientFor(req);
  await requireUniqueDisplayName(client, namespace, request.displayName);
  await requireStorageClass(client, request.storageClass);
  const meta = {
    cluster: handle.name,
    namespace,
    name: request.name,
    displayName: request.displayName,
    url: request.url,
  };
  return auditChange(context, req, 'image-create', meta, async () => {
    const created = (await client.create('image', manifest)) as ImageObject;
    return {
      result: toImageSummary(
        handle.name,
        created,
        imageResource(ownership, created),
      ),
      meta: { name: created.metadata.name },
    };
  });
}
