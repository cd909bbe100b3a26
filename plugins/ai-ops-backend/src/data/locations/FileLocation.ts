import { InputError, NotFoundError } from '@backstage/errors';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { byKey, DataLocation, DataObject } from './DataLocation';

const isInside = (root: string, target: string) =>
  target === root || target.startsWith(root + path.sep);

/**
 * A file, or the files under a directory, inside a file connection's
 * directory. Paths are resolved through symlinks before the check, so a
 * link cannot lead a version outside the connection.
 */
export class FileLocation implements DataLocation {
  private constructor(
    readonly uri: string,
    private readonly target: string,
    private readonly isDirectory: boolean,
  ) {}

  static async open(root: string, file: string): Promise<FileLocation> {
    const realRoot = await fs.realpath(root).catch(() => {
      throw new NotFoundError(`The connection's directory ${root} does not exist`);
    });
    const wanted = path.resolve(file);
    if (!isInside(path.resolve(root), wanted) && !isInside(realRoot, wanted)) {
      throw new InputError(
        `uri: ${pathToFileURL(wanted).href} is outside the connection's directory`,
      );
    }
    const target = await fs.realpath(wanted).catch(() => {
      throw new NotFoundError(`No file ${pathToFileURL(wanted).href}`);
    });
    if (!isInside(realRoot, target)) {
      throw new InputError(
        `uri: ${pathToFileURL(wanted).href} leads outside the connection's directory`,
      );
    }
    const stats = await fs.stat(target);
    const uri = pathToFileURL(wanted).href + (stats.isDirectory() ? '/' : '');
    return new FileLocation(uri, target, stats.isDirectory());
  }

  async list(): Promise<DataObject[]> {
    if (!this.isDirectory) {
      return [{ key: '', size: (await fs.stat(this.target)).size }];
    }
    const entries = await fs.readdir(this.target, {
      recursive: true,
      withFileTypes: true,
    });
    const objects: DataObject[] = [];
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      objects.push({
        key: path.relative(this.target, file).split(path.sep).join('/'),
        size: (await fs.stat(file)).size,
      });
    }
    return objects.sort(byKey);
  }

  async open(key: string): Promise<Readable> {
    return createReadStream(
      key === '' ? this.target : path.join(this.target, ...key.split('/')),
    );
  }
}
