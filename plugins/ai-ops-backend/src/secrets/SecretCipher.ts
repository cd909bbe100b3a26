import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
} from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

export type EncryptedValue = {
  /** Which key encrypted it: the first 16 hex of the key's sha256. */
  keyId: string;
  /** base64 of iv | auth tag | ciphertext. */
  ciphertext: string;
};

export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/**
 * AES-256-GCM with a random IV per value. Encrypts with the current key;
 * decrypts with whichever configured key the value names, so that keys can
 * be rotated. `context` (workspace and secret) is authenticated with the
 * value: a ciphertext copied to another secret does not decrypt.
 */
export class SecretCipher {
  private readonly keys: Map<string, Buffer>;
  private readonly currentId: string;

  /** `keys[0]` encrypts; every key decrypts what it encrypted. */
  constructor(keys: Buffer[]) {
    if (keys.length === 0 || keys.some(key => key.length !== 32)) {
      throw new Error('Secret store keys must be 32 bytes (AES-256)');
    }
    this.keys = new Map(keys.map(key => [keyIdOf(key), key]));
    this.currentId = keyIdOf(keys[0]);
  }

  encrypt(value: string, context: string): EncryptedValue {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(
      'aes-256-gcm',
      this.keys.get(this.currentId)!,
      iv,
    );
    cipher.setAAD(Buffer.from(context));
    const data = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    return {
      keyId: this.currentId,
      ciphertext: Buffer.concat([iv, cipher.getAuthTag(), data]).toString(
        'base64',
      ),
    };
  }

  decrypt(value: EncryptedValue, context: string): string {
    const key = this.keys.get(value.keyId);
    if (!key) {
      throw new Error(
        `encrypted with key ${value.keyId}, which is not configured (current key ${this.currentId}); set aiOps.secretStore.encryptionKey or previousKeys`,
      );
    }
    const raw = Buffer.from(value.ciphertext, 'base64');
    const decipher = createDecipheriv(
      'aes-256-gcm',
      key,
      raw.subarray(0, IV_BYTES),
    );
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    try {
      return Buffer.concat([
        decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new Error(
        `could not be decrypted with key ${value.keyId}: the key is wrong or the value was altered`,
      );
    }
  }
}
