import { z } from 'zod';

/**
 * Owners and reviewers are catalog entity refs with kind and namespace
 * spelled out (`group:default/data-platform`, `user:default/alice`), so
 * they resolve to the same entity everywhere in the portal.
 */
export const ownerRefSchema = z
  .string()
  .regex(
    /^(user|group):[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+$/,
    'an entity ref like group:default/team or user:default/name',
  );

/** Entity refs compare case-insensitively, as in the catalog. */
export function sameRef(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}
