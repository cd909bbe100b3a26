import { createHash } from 'node:crypto';

/**
 * A SHA-256 of `seed`: where the simulation makes up names, addresses and
 * figures, the same object always gets the same ones.
 */
export const seededHash = (seed: string): Buffer =>
  createHash('sha256').update(seed).digest();
