import { requireServiceEnv } from '@internal/testing';
import { Client } from 'minio';

/** The test MinIO (scripts/services) and its root credentials. */
export const minioService = {
  endpoint: requireServiceEnv('minio', 'MINIO_ENDPOINT'),
  accessKey: requireServiceEnv('minio', 'MINIO_ROOT_USER'),
  secretKey: requireServiceEnv('minio', 'MINIO_ROOT_PASSWORD'),
};

/**
 * A fresh bucket `<prefix>-<time>` on the test MinIO holding `objects`
 * (key → content), created before the tests of the describe block it is
 * called in and removed after them; returns the bucket's name.
 */
export function useMinioBucket(
  prefix: string,
  objects: Record<string, string>,
): string {
  const bucket = `${prefix}-${Date.now()}`;
  const { endpoint, accessKey, secretKey } = minioService;
  const minio = new Client({
    endPoint: new URL(endpoint).hostname,
    port: Number(new URL(endpoint).port),
    useSSL: false,
    accessKey,
    secretKey,
  });
  beforeAll(async () => {
    await minio.makeBucket(bucket);
    for (const [key, content] of Object.entries(objects)) {
      await minio.putObject(bucket, key, Buffer.from(content));
    }
  });
  afterAll(async () => {
    for (const key of Object.keys(objects)) {
      await minio.removeObject(bucket, key).catch(() => {});
    }
    await minio.removeBucket(bucket).catch(() => {});
  });
  return bucket;
}
