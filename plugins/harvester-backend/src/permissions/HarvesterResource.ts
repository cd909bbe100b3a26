import { HarvesterResourceType } from '@internal/plugin-harvester-common';

/**
 * Any Harvester object as the permission rules see it. Every resource type
 * has the same four facts, so one policy condition on cluster, namespace,
 * owner or tag means the same for VMs, hosts, volumes and the rest.
 */
export type HarvesterResource = {
  resourceType: HarvesterResourceType;
  cluster: string;
  /** None for cluster-scoped objects (hosts, clusters). */
  namespace?: string;
  name: string;
  /** Effective owner entity ref (object, else namespace, else cluster). */
  owner?: string;
  /** `key` and `key=value` of its `tag.harvesterhci.io/` labels. */
  tags: string[];
};
