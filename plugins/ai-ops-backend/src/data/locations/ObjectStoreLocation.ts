import { NotFoundError } from '@backstage/errors';
import { ObjectStore } from '@internal/plugin-ai-ops-node';
import { Readable } from 'node:stream';
import { DataLocation, DataObject } from './DataLocation';

/** One object of the AI-Ops object store (which cannot list prefixes). */
export class ObjectStoreLocation implements DataLocation {
  constructor(
    private readonly store: ObjectStore,
    readonly uri: string,
  ) {}

  async list(): Promise<DataObject[]> {
    const stat = await this.store.stat(this.uri);
    if (!stat) throw new NotFoundError(`No object ${this.uri}`);
    return [{ key: '', size: stat.size }];
  }

  async open(): Promise<Readable> {
    return this.store.get(this.uri);
  }
}
