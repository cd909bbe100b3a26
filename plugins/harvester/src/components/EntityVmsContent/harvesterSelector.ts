/** Which VMs an entity names: a cluster, maybe a namespace and labels. */
export type HarvesterSelector = {
  cluster: string;
  namespace?: string;
  label?: string;
};

/**
 * Reads `platform-portal.dev/harvester-selector`:
 * `<cluster>[/<namespace>][?<label selector>]`, e.g. `prod/web?app=shop`.
 * Undefined when the value names no cluster.
 */
export function parseHarvesterSelector(
  value: string | undefined,
): HarvesterSelector | undefined {
  if (!value) return undefined;
  const [scope, ...rest] = value.trim().split('?');
  const label = rest.join('?').trim() || undefined;
  const [cluster, namespace, ...extra] = scope.split('/').map(s => s.trim());
  if (!cluster || extra.length > 0) return undefined;
  return { cluster, namespace: namespace || undefined, label };
}
