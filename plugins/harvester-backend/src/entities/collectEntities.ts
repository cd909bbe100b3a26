import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { HARVESTER_VM_RESOURCE_TYPE } from '@internal/plugin-harvester-common';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { ClusterRegistry } from '../clusters/ClusterRegistry';
import { loadOwnership } from '../resources/ownership';
import { clusterEntity, vmEntity } from './harvesterEntities';

/** What `GET /entities` answers. */
export type HarvesterEntities = {
  entities: Entity[];
  /**
   * Clusters whose VMs could not be read now: the catalog module keeps
   * their entities from its last good read instead of removing them.
   */
  unavailableClusters: string[];
};

async function vmEntitiesOf(handle: ClusterHandle): Promise<Entity[]> {
  // Without a service-account cache (pure OIDC) no background reader may
  // list the cluster: it contributes its cluster entity only.
  const cache = handle.cache;
  if (!cache) return [];
  const vms = await cache.list('vm');
  const ownership = await loadOwnership(handle, cache);
  return vms.map(vm => {
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
  });
}

/**
 * Every cluster the catalog does not already have, and every VM, as
 * catalog entities. Clusters from the catalog only contribute their VMs.
 */
export async function collectEntities(context: {
  clusters: ClusterRegistry;
  logger: LoggerService;
}): Promise<HarvesterEntities> {
  const perCluster = await Promise.all(
    context.clusters.list().map(async handle => {
      const own =
        handle.definition.source === 'catalog'
          ? []
          : [clusterEntity(handle.definition)];
      try {
        return { entities: [...own, ...(await vmEntitiesOf(handle))] };
      } catch (error) {
        context.logger.warn(
          `VM entities of Harvester cluster '${handle.name}' left as they were: ${error}`,
        );
        return { entities: own, unavailable: handle.name };
      }
    }),
  );
  return {
    entities: perCluster.flatMap(c => c.entities),
    unavailableClusters: perCluster.flatMap(c =>
      c.unavailable ? [c.unavailable] : [],
    ),
  };
}
