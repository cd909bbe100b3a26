import {
  HARVESTER_IMAGE_RESOURCE_TYPE,
  ImageSummary,
} from '@internal/plugin-harvester-common';
import { HarvesterResource } from '../permissions/HarvesterResource';
import { Ownership } from '../resources/ownership';
import { ImageObject, imageState } from './imageState';

export function imageResource(
  ownership: Ownership,
  image: ImageObject,
): HarvesterResource {
  return ownership.resourceOf(HARVESTER_IMAGE_RESOURCE_TYPE, image);
}

export function toImageSummary(
  cluster: string,
  image: ImageObject,
  resource: HarvesterResource,
): ImageSummary {
  const { state, progress, message } = imageState(image);
  return {
    cluster,
    namespace: image.metadata.namespace!,
    name: image.metadata.name,
    displayName: image.spec?.displayName ?? image.metadata.name,
    sourceType: image.spec?.sourceType ?? 'download',
    url: image.spec?.url,
    progress,
    sizeBytes: image.status?.size,
    state,
    ...(message ? { message } : {}),
    storageClass: image.status?.storageClassName,
    owner: resource.owner,
    tags: resource.tags,
    labels: image.metadata.labels ?? {},
    createdAt: image.metadata.creationTimestamp ?? '',
  };
}
