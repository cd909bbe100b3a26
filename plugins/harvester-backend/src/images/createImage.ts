import {
  imageCreateSchema,
  ImageSummary,
} from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { z } from 'zod';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditChange } from '../service/auditChange';
import { ImageObject } from './imageState';
import { prepareImage } from './newImage';

export type ImageCreateRequest = z.infer<typeof imageCreateSchema>;

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
  const { url, checksum, ...fields } = request;
  const image = await prepareImage(context, req, target, fields, {
    sourceType: 'download',
    url,
    ...(checksum ? { checksum } : {}),
  });
  const meta = {
    cluster: image.handle.name,
    namespace: target.namespace,
    name: request.name,
    displayName: request.displayName,
    url,
  };
  return auditChange(context, req, 'image-create', meta, async () => {
    const created = (await image.client.create(
      'image',
      image.manifest,
    )) as ImageObject;
    return {
      result: image.summarize(created),
      meta: { name: created.metadata.name },
    };
  });
}
