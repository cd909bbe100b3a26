import { Readable } from 'node:stream';

/**
 * Where logs and artifacts live, addressed by URI (`file://…` by default,
 * `s3://bucket/key` on MinIO/S3). Keys are `/`-separated paths; everything
 * of a workspace lives under `workspaces/<workspace>/` so that its storage
 * can be measured (see `objectKeys` in the backend's README).
 */
export interface ObjectStore {
  /** The URI an object under `key` has in this store. */
  uriFor(key: string): string;
  put(
    key: string,
    body: Readable | Buffer | string,
    meta?: { contentType?: string },
  ): Promise<{ uri: string; size: number }>;
  /** Appends to a log object; stores without append rewrite it. */
  append(key: string, chunk: string): Promise<void>;
  /** NotFoundError when there is no such object in this store. */
  get(uri: string): Promise<Readable>;
  stat(uri: string): Promise<{ size: number } | undefined>;
  delete(uri: string): Promise<void>;
  /** Bytes and objects stored under a key prefix (e.g. a workspace's). */
  usage(prefix: string): Promise<{ bytes: number; objects: number }>;
}
