import {
  HARVESTER_LABELS,
  imageUploadQuerySchema,
  ImageSummary,
} from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { z } from 'zod';
import { ClusterClient } from '../kube/ClusterClient';
import { ImageFile } from '../kube/harvesterImageUpload';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditChange } from '../service/auditChange';
import { ImageObject } from './imageState';
import { prepareImage } from './newImage';

export type ImageUploadRequest = z.infer<typeof imageUploadQuerySchema>;

/**
 * The headers of an upload, whose body is the file itself. Only an
 * octet-stream is taken, so no body parser reads it before the route.
 */
export const imageFileHeadersSchema = z.object({
  'content-type': z
    .string({ error: 'required: application/octet-stream' })
    .regex(
      /^application\/octet-stream\s*(;|$)/i,
      'must be application/octet-stream: the body is the file itself',
    ),
  'content-length': z
    .string({ error: "required: the file's size in bytes" })
    .regex(/^\d+$/, "must be the file's size in bytes")
    .transform(Number)
    .pipe(z.number().int().positive('the file is empty')),
});

/** An image whose upload failed goes again: a retry may reuse its display name. */
async function deleteFailedUpload(
  context: HarvesterContext,
  client: ClusterClient,
  namespace: string,
  name: string,
): Promise<void> {
  try {
    await client.delete('image', namespace, name);
  } catch (error) {
    context.logger.warn(
      `Image ${namespace}/${name} stays after its upload failed: deleting it failed: ${error}`,
    );
  }
}

/**
 * Creates an upload image (`spec.sourceType: upload`) and streams `file`
 * to Harvester's upload action as it arrives; answers once Harvester
 * stored it, after which the image list shows Harvester's own progress.
 * An upload that fails deletes the image again, so nothing half-made
 * stays.
 */
export async function uploadImage(
  context: HarvesterContext,
  req: Request,
  target: { cluster: string; namespace: string },
  request: ImageUploadRequest,
  file: ImageFile,
): Promise<ImageSummary> {
  const image = await prepareImage(
    context,
    req,
    target,
    request,
    { sourceType: 'upload' },
    { [HARVESTER_LABELS.imageFileName]: file.fileName },
  );
  const { client } = image;
  const { namespace } = target;
  const meta = {
    cluster: image.handle.name,
    namespace,
    name: request.name,
    displayName: request.displayName,
    fileName: file.fileName,
    sizeBytes: file.sizeBytes,
  };
  return auditChange(context, req, 'image-upload', meta, async () => {
    const created = (await client.create(
      'image',
      image.manifest,
    )) as ImageObject;
    const { name } = created.metadata;
    try {
      const { backend } = created.spec ?? {};
      await client.uploadImage({ namespace, name, backend }, file);
    } catch (error) {
      await deleteFailedUpload(context, client, namespace, name);
      throw error;
    }
    const uploaded = (await client.get('image', namespace, name)) as
      | ImageObject
      | undefined;
    return { result: image.summarize(uploaded ?? created), meta: { name } };
  });
}
