import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const PREFIX = 'aiops';
/** 256 random bits: a hash without salt or stretching is enough for them. */
const SECRET_BYTES = 32;
const KEY_PATTERN = /^aiops_([0-9a-f]{16})_([A-Za-z0-9_-]{43,})$/;

export type GeneratedApiKey = {
  id: string;
  /** `aiops_<id>_<secret>`: shown once, never stored. */
  key: string;
  secretHash: string;
  secretEnd: string;
};

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A new key: a 16-hex id and a base64url secret of 32 random bytes. */
export function generateApiKey(): GeneratedApiKey {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  return {
    id,
    key: `${PREFIX}_${id}_${secret}`,
    secretHash: hashSecret(secret),
    secretEnd: secret.slice(-4),
  };
}

/** The id and secret of a presented key, or undefined when it is malformed. */
export function parseApiKey(
  key: string,
): { id: string; secret: string } | undefined {
  const match = KEY_PATTERN.exec(key.trim());
  return match ? { id: match[1], secret: match[2] } : undefined;
}

/** Whether `secret` hashes to `expectedHash`, compared in constant time. */
export function secretMatches(secret: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(expectedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** How a key is displayed: `aiops_<id>…<last 4>`. */
export function maskApiKey(row: { id: string; secret_end: string }): string {
  return `${PREFIX}_${row.id}…${row.secret_end}`;
}
