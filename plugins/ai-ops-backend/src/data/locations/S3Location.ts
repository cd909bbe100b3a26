import { NotFoundError } from '@backstage/errors';
import { BucketItem, Client } from 'minio';
import { Readable } from 'node:stream';
import { isMissing } from '../../storage/S3ObjectStore';
import { byKey, DataLocation, DataObject } from './DataLocation';

/** An object, or the objects under a prefix, of a bucket (MinIO/S3). */
export class S3Location implements DataLocation {
  readonly uri: string;

  constructor(
    private readonly client: Client,
    private readonly bucket: string,
    private readonly key: string,
  ) {
    this.uri = `s3://${bucket}/${key}`;
  }

  async list(): Promise<DataObject[]> {
    if (!this.key.endsWith('/')) {
      try {
        const stat = await this.client.statObject(this.bucket, this.key);
        return [{ key: '', size: stat.size }];
      } catch (error) {
        if (isMissing(error)) throw new NotFoundError(`No object ${this.uri}`);
        throw error;
      }
    }
    const objects: DataObject[] = [];
    const listing = this.client.listObjectsV2(this.bucket, this.key, true);
    for await (const item of listing as AsyncIterable<BucketItem>) {
      if (item.name) {
        objects.push({ key: item.name.slice(this.key.length), size: item.size });
      }
    }
    return objects.sort(byKey);
  }

  async open(key: string): Promise<Readable> {
    return this.client.getObject(this.bucket, this.key + key);
  }
}
