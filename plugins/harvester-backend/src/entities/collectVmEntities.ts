import {
  HarvesterObjectRef,
  parseHarvesterRef,
} from '@internal/plugin-harvester-common';
import { loadOwnership } from '../resources/ownership';
import {
  clusterEntities,
  EntitiesContext,
  HarvesterEntities,
  mergeClusterEntities,
  toVmEntity,
} from './collectEntities';

/**
 * The entities of just these VMs (`<cluster>/<namespace>/<name>`), for the
 * catalog module's delta after a `vms-changed` event. A VM that is not
 * there (deleted, or its cluster is unknown or has no cache) is left out,
 * which tells the module to remove its entity; a cluster whose VMs cannot
 * be read now is named in `unavailableClusters` instead.
 */
export async function collectVmEntities(
  context: EntitiesContext,
  vms: string[],
): Promise<HarvesterEntities> {
  const wanted = new Map<string, HarvesterObjectRef[]>();
  for (const ref of vms.map(parseHarvesterRef)) {
    wanted.set(ref.cluster, [...(wanted.get(ref.cluster) ?? []), ref]);
  }
  const handles = context.clusters
    .list()
    .filter(handle => wanted.has(handle.name));
  const perCluster = await Promise.all(
    handles.map(handle =>
      clusterEntities(context, handle, [], async cache => {
        const found = await Promise.all(
          wanted
            .get(handle.name)!
            .map(ref => cache.get('vm', ref.namespace, ref.name)),
        );
        const ownership = await loadOwnership(handle, cache);
        return found.flatMap(vm =>
          vm ? [toVmEntity(handle, ownership, vm)] : [],
        );
      }),
    ),
  );
  return mergeClusterEntities(perCluster);
}
