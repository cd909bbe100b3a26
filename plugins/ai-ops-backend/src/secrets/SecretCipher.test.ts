import { mockServices } from '@backstage/backend-test-utils';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyIdOf, SecretCipher } from './SecretCipher';
import { readSecretStoreKeys } from './secretStoreKeys';

describe('SecretCipher', () => {
  const key = randomBytes(32);
  const cipher = new SecretCipher([key]);

  it('round-trips a value with a random IV, bound to its secret', () => {
    const first = cipher.encrypt('s3cr3t ü', 'ws/db');
    const second = cipher.encrypt('s3cr3t ü', 'ws/db');
    expect(first.keyId).toBe(keyIdOf(key));
    expect(first.ciphertext).not.toBe(second.ciphertext);
    expect(Buffer.from(first.ciphertext, 'base64').toString()).not.toContain(
      's3cr3t',
    );
    expect(cipher.decrypt(first, 'ws/db')).toBe('s3cr3t ü');
    expect(() => cipher.decrypt(first, 'ws/other')).toThrow(
      'the key is wrong or the value was altered',
    );
    const raw = Buffer.from(first.ciphertext, 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() =>
      cipher.decrypt({ ...first, ciphertext: raw.toString('base64') }, 'ws/db'),
    ).toThrow('the key is wrong or the value was altered');
  });

  it('names the key a value needs when it is not configured, and decrypts after a rotation', () => {
    const value = cipher.encrypt('v', 'ws/db');
    const other = new SecretCipher([randomBytes(32)]);
    expect(() => other.decrypt(value, 'ws/db')).toThrow(
      `encrypted with key ${keyIdOf(key)}, which is not configured`,
    );
    const rotated = new SecretCipher([randomBytes(32), key]);
    expect(rotated.decrypt(value, 'ws/db')).toBe('v');
    expect(rotated.encrypt('v', 'ws/db').keyId).not.toBe(keyIdOf(key));
    expect(() => new SecretCipher([randomBytes(16)])).toThrow('32 bytes');
  });
});

describe('readSecretStoreKeys', () => {
  it('reads the configured key and previous keys, and refuses a wrong length', () => {
    const logger = mockServices.logger.mock();
    const [current, previous] = [randomBytes(32), randomBytes(32)];
    const config = mockServices.rootConfig({
      data: {
        aiOps: {
          secretStore: {
            encryptionKey: current.toString('base64'),
            previousKeys: [previous.toString('base64')],
          },
        },
      },
    });
    expect(readSecretStoreKeys(config, logger)).toEqual([current, previous]);
    const short = mockServices.rootConfig({
      data: { aiOps: { secretStore: { encryptionKey: 'c2hvcnQ=' } } },
    });
    expect(() => readSecretStoreKeys(short, logger)).toThrow(
      'aiOps.secretStore.encryptionKey must be 32 bytes in base64',
    );
  });

  it('generates the embedded default key once, mode 0600, next to the object store', () => {
    const logger = mockServices.logger.mock();
    const root = mkdtempSync(join(tmpdir(), 'ai-ops-key-'));
    const config = mockServices.rootConfig({
      data: { aiOps: { objectStore: { directory: join(root, 'objects') } } },
    });
    const [generated] = readSecretStoreKeys(config, logger);
    const file = join(root, 'secret-store.key');
    expect(Buffer.from(readFileSync(file, 'utf8'), 'base64')).toEqual(
      generated,
    );
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(`generated a secret store key in ${file}`),
    );
    expect(readSecretStoreKeys(config, logger)).toEqual([generated]);
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });
});
