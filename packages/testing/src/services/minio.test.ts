import { Client } from 'minio';
import { requireServiceEnv } from '../requireServiceEnv';

const requireEnv = (name: string) => requireServiceEnv('minio', name);

describe('minio service', () => {
  const endpoint = new URL(requireEnv('MINIO_ENDPOINT'));
  const client = new Client({
    endPoint: endpoint.hostname,
    port: Number(endpoint.port),
    useSSL: endpoint.protocol === 'https:',
    accessKey: requireEnv('MINIO_ROOT_USER'),
    secretKey: requireEnv('MINIO_ROOT_PASSWORD'),
  });
  const bucket = `portal-smoke-${Date.now()}`;

  afterAll(async () => {
    // Data persists across restarts, so leave no bucket behind.
    await client.removeObject(bucket, 'index.html').catch(() => {});
    await client.removeBucket(bucket).catch(() => {});
  });

  it('stores an object and reads it back', async () => {
    const content = '<h1>TechDocs smoke test</h1>';
    await client.makeBucket(bucket);
    await client.putObject(
      bucket,
      'index.html',
      Buffer.from(content),
      undefined,
      {
        'Content-Type': 'text/html',
      },
    );

    const stream = await client.getObject(bucket, 'index.html');
    const chunks: Buffer[] = [];
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
    }
    expect(Buffer.concat(chunks).toString('utf8')).toBe(content);
  });
});
