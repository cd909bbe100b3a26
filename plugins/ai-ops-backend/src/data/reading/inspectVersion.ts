import {
  ColumnSchema,
  DatasetFormat,
  DatasetPartition,
} from '@internal/plugin-ai-ops-common';
import { createHash, Hash } from 'node:crypto';
import { Transform } from 'node:stream';
import { DataLocation } from '../locations/DataLocation';
import { dataFiles } from './dataFiles';
import { addToPartition, partitionKeys } from './partitions';
import { fileRecords } from './fileRecords';
import { SchemaBuilder } from './SchemaBuilder';

/** What reading a version found, as `dataset_versions` stores it. */
export type VersionInspection = {
  storageUri: string;
  hash: string;
  sizeBytes: number;
  rowCount: number;
  files: number;
  schema: ColumnSchema[];
  partitionKeys: string[];
  partitions: DatasetPartition[];
};

/** Passes bytes on while hashing and counting them. */
function hashingTap(hash: Hash, counted: { bytes: number }) {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      counted.bytes += chunk.length;
      callback(null, chunk);
    },
  });
}

/**
 * Reads a version once, streaming: its sha256 (of the one file's bytes, or
 * of each file's key and bytes in key order), size, rows, the schema of
 * every record and its Hive-style partitions.
 */
export async function inspectVersion(
  location: DataLocation,
  format: DatasetFormat,
): Promise<VersionInspection> {
  const files = await dataFiles(location, format);
  const single = files.length === 1 && files[0].key === '';
  const hash = createHash('sha256');
  const schema = new SchemaBuilder(format === 'csv');
  const partitions = new Map<string, DatasetPartition>();
  let sizeBytes = 0;
  for (const file of files) {
    if (!single) hash.update(`${file.key}\n`);
    const counted = { bytes: 0 };
    const rowsBefore = schema.rowCount;
    const tap = hashingTap(hash, counted);
    for await (const record of fileRecords(location, file, format, tap)) {
      schema.observe(record);
    }
    sizeBytes += counted.bytes;
    addToPartition(
      partitions,
      file.key,
      counted.bytes,
      schema.rowCount - rowsBefore,
    );
  }
  const partitionList = [...partitions.values()];
  return {
    storageUri: location.uri,
    hash: `sha256:${hash.digest('hex')}`,
    sizeBytes,
    rowCount: schema.rowCount,
    files: files.length,
    schema: schema.schema(),
    partitionKeys: partitionKeys(partitionList),
    partitions: partitionList,
  };
}
