import { connectionConfigSchemas } from '@internal/plugin-ai-ops-common';
import { Client } from 'minio';
import { z } from 'zod';

type S3Config = z.infer<typeof connectionConfigSchemas.s3>;

/** A MinIO/S3 client from an s3 or minio connection's settings and secret. */
export function s3Client(
  settings: S3Config,
  secretKey: string | undefined,
): Client {
  const endpoint = new URL(settings.endpoint);
  const useSSL = endpoint.protocol === 'https:';
  return new Client({
    endPoint: endpoint.hostname,
    port: Number(endpoint.port) || (useSSL ? 443 : 80),
    useSSL,
    accessKey: settings.accessKey,
    secretKey: secretKey ?? '',
    region: settings.region,
  });
}
