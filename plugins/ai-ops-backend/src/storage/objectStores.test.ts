import { NotFoundError } from '@backstage/errors';
import { ObjectStore } from '@internal/plugin-ai-ops-node';
import { requireServiceEnv } from '@internal/testing';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { LocalObjectStore } from './LocalObjectStore';
import { S3ObjectStore } from './S3ObjectStore';

async function text(stream: Readable) {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

async function localStore(): Promise<ObjectStore> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'ai-ops-store-'));
  return new LocalObjectStore(directory);
}

/** The real MinIO of scripts/services, in a bucket of its own. */
async function minioStore(): Promise<ObjectStore> {
  const endpoint = new URL(requireServiceEnv('minio', 'MINIO_ENDPOINT'));
  return S3ObjectStore.create({
    endPoint: endpoint.hostname,
    port: Number(endpoint.port),
    useSSL: endpoint.protocol === 'https:',
    accessKey: requireServiceEnv('minio', 'MINIO_ROOT_USER'),
    secretKey: requireServiceEnv('minio', 'MINIO_ROOT_PASSWORD'),
    bucket: 'ai-ops-test',
  });
}

describe.each([
  ['LocalObjectStore', localStore, 'file://'],
  ['S3ObjectStore on MinIO', minioStore, 's3://ai-ops-test/'],
])('%s', (_name, makeStore, uriPrefix) => {
  jest.setTimeout(30_000);
  let store: ObjectStore;
  // Each test gets its own prefix: MinIO data outlives the test run.
  let prefix: string;

  beforeAll(async () => {
    store = await makeStore();
  });
  beforeEach(() => {
    prefix = `workspaces/w${Math.random().toString(36).slice(2)}`;
  });

  it('puts, stats, reads and deletes objects by URI', async () => {
    const key = `${prefix}/runs/r1/train/outputs/model.json`;
    const { uri, size } = await store.put(key, '{"w":[1,2]}', {
      contentType: 'application/json',
    });
    expect(uri).toBe(store.uriFor(key));
    expect(uri.startsWith(uriPrefix)).toBe(true);
    expect(size).toBe(11);
    expect(await store.stat(uri)).toEqual({ size: 11 });
    expect(await text(await store.get(uri))).toBe('{"w":[1,2]}');

    await store.delete(uri);
    expect(await store.stat(uri)).toBeUndefined();
    await expect(store.get(uri)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('takes streams and buffers', async () => {
    const fromStream = await store.put(
      `${prefix}/a.txt`,
      Readable.from([Buffer.from('hello '), Buffer.from('stream')]),
    );
    const fromBuffer = await store.put(`${prefix}/b.bin`, Buffer.from([1, 2]));
    expect(await text(await store.get(fromStream.uri))).toBe('hello stream');
    expect(fromBuffer.size).toBe(2);
  });

  it('appends to logs in order', async () => {
    const key = `${prefix}/runs/r1/train/attempt-1.log`;
    await store.append(key, 'line 1\n');
    await store.append(key, 'line 2\n');
    await store.append(key, 'line 3\n');
    expect(await text(await store.get(store.uriFor(key)))).toBe(
      'line 1\nline 2\nline 3\n',
    );
  });

  it('measures the bytes under a prefix', async () => {
    await store.put(`${prefix}/x/one`, '12345');
    await store.put(`${prefix}/x/y/two`, '123');
    await store.put(`${prefix}-other/three`, '1234567');
    expect(await store.usage(`${prefix}/`)).toEqual({ bytes: 8, objects: 2 });
    expect(await store.usage(`${prefix}-none/`)).toEqual({
      bytes: 0,
      objects: 0,
    });
  });

  it('refuses keys and URIs that leave the store', async () => {
    expect(() => store.uriFor('../etc/passwd')).toThrow('Invalid object key');
    expect(() => store.uriFor('a//b')).toThrow('Invalid object key');
    await expect(store.get('file:///etc/passwd')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      store.get('s3://another-bucket/secret'),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
