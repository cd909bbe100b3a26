import { NotFoundError } from '@backstage/errors';
import { ObjectStore } from '@internal/plugin-ai-ops-node';
import { Client, ClientOptions } from 'minio';
import { Readable } from 'node:stream';
import { checkObjectKey } from './objectKeys';

export type S3ObjectStoreOptions = ClientOptions & {
  bucket: string;
  region?: string;
};

/** Whether a MinIO/S3 error says the object or bucket is not there. */
export const isMissing = (error: unknown) =>
  ['NoSuchKey', 'NotFound', 'NoSuchBucket'].includes(
    (error as { code?: string }).code ?? '',
  );

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * Objects in one MinIO/S3 bucket, addressed by `s3://bucket/key` URIs.
 * S3 has no append: a log is rewritten whole, which is why the orchestrator
 * appends in batches.
 */
export class S3ObjectStore implements ObjectStore {
  private constructor(
    private readonly client: Client,
    private readonly bucket: string,
  ) {}

  /** Connects and creates the bucket when it does not exist yet. */
  static async create(options: S3ObjectStoreOptions): Promise<S3ObjectStore> {
    const { bucket, ...clientOptions } = options;
    const client = new Client(clientOptions);
    if (!(await client.bucketExists(bucket))) {
      await client.makeBucket(bucket, options.region ?? 'us-east-1');
    }
    return new S3ObjectStore(client, bucket);
  }

  uriFor(key: string): string {
    return `s3://${this.bucket}/${checkObjectKey(key)}`;
  }

  async put(
    key: string,
    body: Readable | Buffer | string,
    meta?: { contentType?: string },
  ): Promise<{ uri: string; size: number }> {
    const uri = this.uriFor(key);
    const headers = meta?.contentType
      ? { 'Content-Type': meta.contentType }
      : undefined;
    await this.client.putObject(this.bucket, key, body, undefined, headers);
    const stat = await this.stat(uri);
    return { uri, size: stat?.size ?? 0 };
  }

  async append(key: string, chunk: string): Promise<void> {
    // One read, not a stat and a read: this runs for every log flush.
    const before = await this.client
      .getObject(this.bucket, checkObjectKey(key))
      .then(readAll, error => {
        if (isMissing(error)) return Buffer.alloc(0);
        throw error;
      });
    await this.client.putObject(
      this.bucket,
      key,
      Buffer.concat([before, Buffer.from(chunk)]),
    );
  }

  async get(uri: string): Promise<Readable> {
    const key = this.keyOf(uri);
    try {
      return await this.client.getObject(this.bucket, key);
    } catch (error) {
      if (isMissing(error)) throw new NotFoundError(`No object ${uri}`);
      throw error;
    }
  }

  async stat(uri: string): Promise<{ size: number } | undefined> {
    try {
      const stat = await this.client.statObject(this.bucket, this.keyOf(uri));
      return { size: stat.size };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async delete(uri: string): Promise<void> {
    await this.client.removeObject(this.bucket, this.keyOf(uri));
  }

  async usage(prefix: string): Promise<{ bytes: number; objects: number }> {
    const total = { bytes: 0, objects: 0 };
    const items = this.client.listObjectsV2(this.bucket, prefix, true);
    for await (const item of items) {
      if (item.name === undefined) continue;
      total.bytes += item.size ?? 0;
      total.objects += 1;
    }
    return total;
  }

  private keyOf(uri: string): string {
    const prefix = `s3://${this.bucket}/`;
    if (!uri.startsWith(prefix)) {
      throw new NotFoundError(`No object ${uri} in bucket ${this.bucket}`);
    }
    return checkObjectKey(uri.slice(prefix.length));
  }
}
