import {
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_OBJECT_STORE_DIRECTORY } from '../storage/createObjectStore';

export const SECRET_STORE_KEY_FILE = 'secret-store.key';

function decodeKey(base64: string, key: string): Buffer {
  const decoded = Buffer.from(base64.trim(), 'base64');
  if (decoded.length !== 32) {
    throw new Error(
      `${key} must be 32 bytes in base64 (e.g. openssl rand -base64 32), not ${decoded.length} bytes`,
    );
  }
  return decoded;
}

/**
 * The embedded default's key: `secret-store.key` next to the local object
 * store directory, generated (mode 0600) on the first start.
 */
function embeddedKey(config: RootConfigService, logger: LoggerService) {
  const directory =
    config.getOptionalString('aiOps.objectStore.directory') ??
    DEFAULT_OBJECT_STORE_DIRECTORY;
  const file = join(dirname(resolve(directory)), SECRET_STORE_KEY_FILE);
  const generated = randomBytes(32).toString('base64');
  try {
    mkdirSync(dirname(file), { recursive: true });
    // `wx`: another replica or test that got here first keeps its key.
    writeFileSync(file, `${generated}\n`, { mode: 0o600, flag: 'wx' });
    logger.warn(
      `aiOps.secretStore.encryptionKey is not set: generated a secret store key in ${file}; set the key (AI_OPS_SECRET_KEY) in production`,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return decodeKey(readFileSync(file, 'utf8'), file);
}

/**
 * The keys of the workspace secret store, the current one first:
 * `aiOps.secretStore.encryptionKey` (base64, 32 bytes) or the embedded
 * default's key file, then `aiOps.secretStore.previousKeys` that values
 * encrypted before a rotation are still read with.
 */
export function readSecretStoreKeys(
  config: RootConfigService,
  logger: LoggerService,
): Buffer[] {
  const configured = config.getOptionalString(
    'aiOps.secretStore.encryptionKey',
  );
  const current = configured
    ? decodeKey(configured, 'aiOps.secretStore.encryptionKey')
    : embeddedKey(config, logger);
  const previous = (
    config.getOptionalStringArray('aiOps.secretStore.previousKeys') ?? []
  ).map(key => decodeKey(key, 'aiOps.secretStore.previousKeys[]'));
  return [current, ...previous];
}
