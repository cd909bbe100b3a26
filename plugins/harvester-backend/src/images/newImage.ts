import { ConflictError, InputError } from '@backstage/errors';
import {
  HARVESTER_ANNOTATIONS,
  harvesterImageManagePermission,
  ImageSummary,
} from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { ClusterClient } from '../kube/ClusterClient';
import { KubeObjectMeta } from '../kube/KubeObject';
import { loadOwnership } from '../resources/ownership';
import { HarvesterContext } from '../service/HarvesterContext';
import { tagLabels } from '../vms/buildVmManifest';
import { ImageObject } from './imageState';
import { imageResource, toImageSummary } from './imageSummary';

/** What every new image is given, whatever its source. */
export type NewImageFields = {
  name?: string;
  displayName: string;
  description?: string;
  storageClass?: string;
  tags: string[];
};

/** Where Harvester gets the image's content from. */
export type ImageSource =
  | { sourceType: 'download'; url: string; checksum?: string }
  | { sourceType: 'upload' };

/** A new image the caller may create, checked and ready to send. */
export type PreparedImage = {
  handle: ClusterHandle;
  /** The caller's client (their own token on `oidc` clusters). */
  client: ClusterClient;
  manifest: ImageObject;
  /** An image of this cluster as the API answers it. */
  summarize(image: ImageObject): ImageSummary;
};

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
 * The VirtualMachineImage a create asks for, after what every new image
 * must pass: the caller's `harvester.image.manage` decided on the image to
 * be (its namespace, owner and tags), a display name unique in the
 * namespace and an existing storage class. Nothing is written.
 */
export async function prepareImage(
  context: HarvesterContext,
  req: Request,
  target: { cluster: string; namespace: string },
  fields: NewImageFields,
  source: ImageSource,
  annotations: Record<string, string> = {},
): Promise<PreparedImage> {
  const credentials = await context.httpAuth.credentials(req, {
    allow: ['user'],
  });
  const handle = context.clusters.get(target.cluster);
  const { namespace } = target;
  const ownership = await loadOwnership(handle, handle.readerFor(req));
  const metadata: KubeObjectMeta & { generateName?: string } = {
    // Harvester's UI lets the API server name images.
    ...(fields.name
      ? { name: fields.name }
      : { name: '', generateName: 'image-' }),
    namespace,
    labels: tagLabels(fields.tags),
    annotations: {
      ...annotations,
      [HARVESTER_ANNOTATIONS.createdBy]: credentials.principal.userEntityRef,
    },
  };
  const manifest: ImageObject = {
    metadata,
    spec: {
      displayName: fields.displayName,
      ...source,
      ...(fields.description ? { description: fields.description } : {}),
      ...(fields.storageClass
        ? { targetStorageClassName: fields.storageClass }
        : {}),
    },
  };
  await context.harvesterAuth.requireAllowed(
    req,
    harvesterImageManagePermission,
    imageResource(ownership, manifest),
  );
  const client = handle.clientFor(req);
  await requireUniqueDisplayName(client, namespace, fields.displayName);
  await requireStorageClass(client, fields.storageClass);
  return {
    handle,
    client,
    manifest,
    summarize: image =>
      toImageSummary(handle.name, image, imageResource(ownership, image)),
  };
}
