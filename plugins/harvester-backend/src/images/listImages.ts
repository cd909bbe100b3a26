import { ImageSummary } from '@internal/plugin-harvester-common';
import { ListScope, PermittedCandidate } from '../resources/listPermitted';
import { ImageObject } from './imageState';
import { imageResource, toImageSummary } from './imageSummary';

/** A cluster's VM images with their download state. */
export async function loadImages({
  handle,
  reader,
  ownership,
}: ListScope): Promise<PermittedCandidate<ImageSummary>[]> {
  const images = (await reader.list('image')) as ImageObject[];
  return images.map(image => {
    const resource = imageResource(ownership, image);
    return { resource, item: toImageSummary(handle.name, image, resource) };
  });
}
