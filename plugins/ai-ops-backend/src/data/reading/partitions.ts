import { DatasetPartition } from '@internal/plugin-ai-ops-common';

const SEGMENT = /^([^=/]+)=([^/]*)$/;

/**
 * The Hive-style partition of an object key under a prefix: its directory
 * (`year=2026/month=01`) and values, or none when a segment is not
 * `key=value`.
 */
export function partitionOf(
  key: string,
): { path: string; values: Record<string, string> } | undefined {
  const directories = key.split('/').slice(0, -1);
  if (directories.length === 0) return undefined;
  const values: Record<string, string> = {};
  for (const segment of directories) {
    const match = SEGMENT.exec(segment);
    if (!match) return undefined;
    values[decodeURIComponent(match[1])] = decodeURIComponent(match[2]);
  }
  return { path: directories.join('/'), values };
}

/** Adds one file's size and rows to its partition in `partitions`. */
export function addToPartition(
  partitions: Map<string, DatasetPartition>,
  key: string,
  sizeBytes: number,
  rowCount: number,
) {
  const partition = partitionOf(key);
  if (!partition) return;
  const entry = partitions.get(partition.path) ?? {
    ...partition,
    files: 0,
    sizeBytes: 0,
    rowCount: 0,
  };
  entry.files += 1;
  entry.sizeBytes += sizeBytes;
  entry.rowCount += rowCount;
  partitions.set(partition.path, entry);
}

/** The partition keys in the order they first appear. */
export function partitionKeys(partitions: DatasetPartition[]): string[] {
  return [...new Set(partitions.flatMap(p => Object.keys(p.values)))];
}
