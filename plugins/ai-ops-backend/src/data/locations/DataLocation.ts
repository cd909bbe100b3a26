import { Readable } from 'node:stream';

/** One object of a location; `key` is relative to it ('' for a single one). */
export type DataObject = { key: string; size: number };

/**
 * Where a dataset version's bytes are: one object, or every object under a
 * prefix (a URI ending in `/`). Everything is read as a stream.
 */
export interface DataLocation {
  /** The version's storage URI. */
  readonly uri: string;
  /** The objects, sorted by key. */
  list(): Promise<DataObject[]>;
  open(key: string): Promise<Readable>;
}

/** Sorted by key, so hashes and partitions do not depend on listing order. */
export const byKey = (a: DataObject, b: DataObject) =>
  Number(a.key > b.key) - Number(a.key < b.key);
