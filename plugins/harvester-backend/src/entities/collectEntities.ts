import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { HARVESTER_VM_RESOURCE_TYPE } from '@internal/plugin-harvester-common';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { ClusterRegistry } from '../clusters/ClusterRegistry';
import { ClusterCache } from '../kube/ClusterCache';
import { KubeObject } from '../kube/KubeObject';
import { loadOwnership, Ownership } from '../resources/ownership';
import { clusterEntity, vmEntity } from './harvesterEntities';

/** What `GET /entities` and `POST /entities/vms` answer. */
export type HarvesterEntities = {
  entities: Entity[];
  /**
   * Clusters whose VMs could not be read now: the catalog module keeps
   * their entities from its last good read instead of removing them.
   */
  unavailableClusters: string[];
};

export type EntitiesContext = {
  clusters: ClusterRegistry;
  logger: LoggerService;
};

type ClusterEntities = { entities: Entity[]; unavailable?: string };

/** The entity of one VM of a cluster, owned and tagged as its resource. */
export function toVmEntity(
  handle: ClusterHandle,
  ownership: Ownership,
  vm: KubeObject,
): Entity {
  const resource = ownership.resourceOf(HARVESTER_VM_RESOURCE_TYPE, vm);
  return vmEntity({
    ref: {
      cluster: handle.name,
      namespace: vm.metadata.namespace!,
      name: vm.metadata.name,
    },
    cluster: handle.definition,
    owner: resource.owner,
    tags: resource.tags,
  });
}

/**
 * One cluster's share: `own` (its cluster entity, if any) and the VM
 * entities `readVms` gives. A failing read contributes `own` alone and
 * names the cluster unavailable, so its VM entities stay as they were.
 */
export async function clusterEntities(
  context: EntitiesContext,
  handle: ClusterHandle,
  own: Entity[],
  readVms: (cache: ClusterCache) => Promise<Entity[]>,
): Promise<ClusterEntities> {
  // Without a service-account cache (pure OIDC) no background reader may
  // list the cluster: it contributes its cluster entity only.
  const cache = handle.cache;
  if (!cache) return { entities: own };
  try {
    return { entities: [...own, ...(await readVms(cache))] };
  } catch (error) {
    context.logger.warn(
      `VM entities of Harvester cluster '${handle.name}' left as they were: ${error}`,
    );
    return { entities: own, unavailable: handle.name };
  }
}

/** The clusters' shares as one answer. */
export function mergeClusterEntities(
  perCluster: ClusterEntities[],
): HarvesterEntities {
  return {
    entities: perCluster.flatMap(c => c.entities),
    unavailableClusters: perCluster.flatMap(c =>
      c.unavailable ? [c.unavailable] : [],
    ),
  };
}

/**
 * Every cluster the catalog does not already have, and every VM, as
 * catalog entities. Clusters from the catalog only contribute their VMs.
 */
export async function collectEntities(
  context: EntitiesContext,
): Promise<HarvesterEntities> {
  const perCluster = await Promise.all(
    context.clusters.list().map(handle =>
      clusterEntities(
        context,
        handle,
        handle.definition.source === 'catalog'
          ? []
          : [clusterEntity(handle.definition)],
        async cache => {
          const vms = await cache.list('vm');
          const ownership = await loadOwnership(handle, cache);
          return vms.map(vm => toVmEntity(handle, ownership, vm));
        },
      ),
    ),
  );
  return mergeClusterEntities(perCluster);
}
