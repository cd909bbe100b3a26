import { InputError } from '@backstage/errors';
import { DatasetFormat } from '@internal/plugin-ai-ops-common';
import { DataLocation, DataObject } from '../locations/DataLocation';
import { FORMAT_EXTENSIONS } from './readRecords';

/**
 * The files a version consists of: the one object, or the objects of the
 * dataset's format under a prefix (other files, e.g. `_SUCCESS`, are not
 * data).
 */
export async function dataFiles(
  location: DataLocation,
  format: DatasetFormat,
): Promise<DataObject[]> {
  const objects = await location.list();
  if (objects.length === 1 && objects[0].key === '') return objects;
  const files = objects.filter(object =>
    FORMAT_EXTENSIONS[format].some(extension => object.key.endsWith(extension)),
  );
  if (files.length === 0) {
    throw new InputError(`uri: no ${format} files under ${location.uri}`);
  }
  return files;
}
