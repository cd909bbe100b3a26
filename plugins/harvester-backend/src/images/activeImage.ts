import { InputError } from '@backstage/errors';
import { ObjectReader } from '../kube/ObjectReader';
import {
  formatNamespacedName,
  parseNamespacedName,
} from '../vms/namespacedRef';
import { ImageObject, imageState } from './imageState';

/** An image `<namespace>/<name>` ready to make volumes from. */
export type ActiveImage = { id: string; storageClassName: string };

/**
 * The image a request names, which must exist and be Active: Harvester
 * makes volumes from an image through the storage class it created for it.
 */
export async function requireActiveImage(
  reader: ObjectReader,
  value: string,
  namespace: string,
  field: string,
): Promise<ActiveImage> {
  const ref = parseNamespacedName(value, namespace, field);
  const id = formatNamespacedName(ref);
  const image = (await reader.get('image', ref.namespace, ref.name)) as
    | ImageObject
    | undefined;
  if (!image) {
    throw new InputError(`Invalid request: ${field}: image ${id} not found`);
  }
  const { state } = imageState(image);
  if (state !== 'Active') {
    throw new InputError(
      `Invalid request: ${field}: image ${id} is ${state}, not Active`,
    );
  }
  return {
    id,
    storageClassName: image.status?.storageClassName ?? `longhorn-${ref.name}`,
  };
}
