import { HARVESTER_CLUSTER_RESOURCE_TYPE } from '@internal/plugin-harvester-common';
import { HarvesterResource } from '../permissions/HarvesterResource';
import { ClusterHandle } from './ClusterHandle';

/** A cluster as the permission rules see it: in itself, owned by its definition's owner. */
export function clusterResource(handle: ClusterHandle): HarvesterResource {
  return {
    resourceType: HARVESTER_CLUSTER_RESOURCE_TYPE,
    cluster: handle.name,
    name: handle.name,
    owner: handle.definition.owner,
    tags: [],
  };
}
