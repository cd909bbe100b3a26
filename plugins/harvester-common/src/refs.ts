/**
 * Every Harvester object is addressed by cluster, namespace (none for
 * cluster-scoped kinds) and name; this is also the permission resourceRef.
 */
export type HarvesterObjectRef = {
  cluster: string;
  namespace?: string;
  name: string;
};

/** `<cluster>/<namespace>/<name>`, or `<cluster>/<name>` when cluster-scoped. */
export function stringifyHarvesterRef(ref: HarvesterObjectRef): string {
  return ref.namespace
    ? `${ref.cluster}/${ref.namespace}/${ref.name}`
    : `${ref.cluster}/${ref.name}`;
}

export function parseHarvesterRef(value: string): HarvesterObjectRef {
  const parts = value.split('/');
  if (parts.length === 3 && parts.every(Boolean)) {
    return { cluster: parts[0], namespace: parts[1], name: parts[2] };
  }
  if (parts.length === 2 && parts.every(Boolean)) {
    return { cluster: parts[0], name: parts[1] };
  }
  throw new TypeError(`Not a Harvester object ref: ${value}`);
}
