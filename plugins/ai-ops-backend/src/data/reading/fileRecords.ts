import { DatasetFormat } from '@internal/plugin-ai-ops-common';
import { Readable, Transform } from 'node:stream';
import { DataLocation, DataObject } from '../locations/DataLocation';
import { DataRecord, readRecords } from './readRecords';

/**
 * The records of one file of a location, streamed; `tap` sees the bytes on
 * their way to the parser (hashing). The file is closed however reading
 * ends.
 */
export async function* fileRecords(
  location: DataLocation,
  file: DataObject,
  format: DatasetFormat,
  tap?: Transform,
): AsyncGenerator<DataRecord> {
  const input = await location.open(file.key);
  let source: Readable = input;
  if (tap) {
    input.on('error', error => tap.destroy(error));
    source = input.pipe(tap);
  }
  const where = file.key === '' ? location.uri : `${location.uri}${file.key}`;
  try {
    yield* readRecords(source, format, where);
  } finally {
    input.destroy();
  }
}
