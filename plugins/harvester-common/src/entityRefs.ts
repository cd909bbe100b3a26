import { HarvesterObjectRef } from './refs';

const MAX_NAME = 63;

/** A stable short suffix, so truncated names of different VMs stay apart. */
function fnv1a(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The catalog entity name of a VM: `<cluster>-<namespace>-<name>`, which is
 * unique across clusters. Longer than the catalog's 63 characters, it keeps a
 * prefix and appends a hash of the full ref.
 */
export function harvesterVmEntityName(ref: HarvesterObjectRef): string {
  const full = [ref.cluster, ref.namespace, ref.name].filter(Boolean).join('-');
  if (full.length <= MAX_NAME) return full;
  const hash = fnv1a(full);
  return `${full
    .slice(0, MAX_NAME - hash.length - 1)
    .replace(/-+$/, '')}-${hash}`;
}

/** `resource:default/<entity name>` of a VM. */
export function harvesterVmEntityRef(ref: HarvesterObjectRef): string {
  return `resource:default/${harvesterVmEntityName(ref)}`;
}

/** `resource:default/<cluster>` of a cluster the portal registers itself. */
export function harvesterClusterEntityRef(cluster: string): string {
  return `resource:default/${cluster}`;
}
