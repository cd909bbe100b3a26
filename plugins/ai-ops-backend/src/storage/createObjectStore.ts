import {
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { ObjectStore } from '@internal/plugin-ai-ops-node';
import { LocalObjectStore } from './LocalObjectStore';
import { S3ObjectStore } from './S3ObjectStore';

/** The local directory objects go to when nothing is configured. */
export const DEFAULT_OBJECT_STORE_DIRECTORY = '.ai-ops-data';

/**
 * `aiOps.objectStore`: `{ type: local, directory }` (the default) or
 * `{ type: s3, endPoint, port, useSSL, accessKey, secretKey, bucket, region }`.
 */
export async function createObjectStore(
  config: RootConfigService,
  logger: LoggerService,
): Promise<ObjectStore> {
  const store = config.getOptionalConfig('aiOps.objectStore');
  const type = store?.getOptionalString('type') ?? 'local';
  if (type === 's3') {
    const bucket = store!.getString('bucket');
    const endPoint = store!.getString('endPoint');
    logger.info(`AI-Ops objects go to s3://${bucket} on ${endPoint}`);
    return S3ObjectStore.create({
      endPoint,
      port: store!.getOptionalNumber('port'),
      useSSL: store!.getOptionalBoolean('useSSL') ?? true,
      accessKey: store!.getString('accessKey'),
      secretKey: store!.getString('secretKey'),
      region: store!.getOptionalString('region'),
      bucket,
    });
  }
  if (type !== 'local') {
    throw new Error(
      `aiOps.objectStore.type must be local or s3, not "${type}"`,
    );
  }
  const directory =
    store?.getOptionalString('directory') ?? DEFAULT_OBJECT_STORE_DIRECTORY;
  logger.info(`AI-Ops objects go to the directory ${directory}`);
  return new LocalObjectStore(directory);
}
