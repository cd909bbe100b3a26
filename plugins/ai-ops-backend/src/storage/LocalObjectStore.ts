import { NotFoundError } from '@backstage/errors';
import { ObjectStore } from '@internal/plugin-ai-ops-node';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkObjectKey } from './objectKeys';

/** Objects as files under one directory, addressed by `file://` URIs. */
export class LocalObjectStore implements ObjectStore {
  private readonly root: string;

  constructor(directory: string) {
    this.root = path.resolve(directory);
  }

  uriFor(key: string): string {
    return pathToFileURL(this.fileOf(key)).href;
  }

  async put(
    key: string,
    body: Readable | Buffer | string,
  ): Promise<{ uri: string; size: number }> {
    const file = this.fileOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Written beside and renamed, so readers never see half an object.
    const partial = `${file}.${process.pid}.partial`;
    if (body instanceof Readable) {
      const handle = await fs.open(partial, 'w');
      await pipeline(body, handle.createWriteStream());
    } else {
      await fs.writeFile(partial, body);
    }
    await fs.rename(partial, file);
    const { size } = await fs.stat(file);
    return { uri: this.uriFor(key), size };
  }

  async append(key: string, chunk: string): Promise<void> {
    const file = this.fileOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.appendFile(file, chunk);
  }

  async get(uri: string): Promise<Readable> {
    const file = this.fileOfUri(uri);
    if (!(await this.stat(uri))) {
      throw new NotFoundError(`No object ${uri}`);
    }
    return createReadStream(file);
  }

  async stat(uri: string): Promise<{ size: number } | undefined> {
    try {
      const stats = await fs.stat(this.fileOfUri(uri));
      return stats.isFile() ? { size: stats.size } : undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async delete(uri: string): Promise<void> {
    await fs.rm(this.fileOfUri(uri), { force: true });
  }

  async usage(prefix: string): Promise<{ bytes: number; objects: number }> {
    const directory = prefix.endsWith('/')
      ? this.fileOf(prefix.slice(0, -1))
      : this.fileOf(prefix);
    const total = { bytes: 0, objects: 0 };
    let entries;
    try {
      entries = await fs.readdir(directory, {
        recursive: true,
        withFileTypes: true,
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return total;
      throw error;
    }
    for (const entry of entries) {
      if (!entry.isFile() || entry.name.endsWith('.partial')) continue;
      const { size } = await fs.stat(path.join(entry.parentPath, entry.name));
      total.bytes += size;
      total.objects += 1;
    }
    return total;
  }

  private fileOf(key: string): string {
    return path.join(this.root, ...checkObjectKey(key).split('/'));
  }

  /** Only URIs inside this store's directory are objects of it. */
  private fileOfUri(uri: string): string {
    let file: string;
    try {
      file = path.resolve(fileURLToPath(uri));
    } catch {
      throw new NotFoundError(`No object ${uri}: not a file URI`);
    }
    if (!file.startsWith(this.root + path.sep)) {
      throw new NotFoundError(`No object ${uri} in this store`);
    }
    return file;
  }
}
