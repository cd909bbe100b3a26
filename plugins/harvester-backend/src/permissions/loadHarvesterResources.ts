import {
  HARVESTER_CLUSTER_RESOURCE_TYPE,
  HarvesterResourceType,
  harvesterResourceTypes,
  parseHarvesterRef,
} from '@internal/plugin-harvester-common';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { ClusterRegistry } from '../clusters/ClusterRegistry';
import { clusterResource } from '../clusters/clusterResource';
import { DirectReader } from '../kube/DirectReader';
import { ObjectReader } from '../kube/ObjectReader';
import { KindKey } from '../kube/resourceKinds';
import { loadOwnership } from '../resources/ownership';
import { HarvesterResource } from './HarvesterResource';
import { HarvesterResourceLoader } from './registerHarvesterResourceTypes';

const kindOf: Record<
  Exclude<HarvesterResourceType, typeof HARVESTER_CLUSTER_RESOURCE_TYPE>,
  KindKey
> = {
  'harvester-vm': 'vm',
  'harvester-host': 'node',
  'harvester-volume': 'pvc',
  'harvester-image': 'image',
  'harvester-network': 'networkAttachment',
  'harvester-namespace': 'namespace',
};

const isResourceType = (value: string): value is HarvesterResourceType =>
  (harvesterResourceTypes as readonly string[]).includes(value);

/** The portal's own reader of a cluster: its cache, else its service client. */
function serviceReader(handle: ClusterHandle): ObjectReader | undefined {
  if (handle.cache) return handle.cache;
  return handle.serviceClient && new DirectReader(handle.serviceClient);
}

/**
 * Resolves permission resourceRefs (`cluster/ns/name`, `cluster/name`; a
 * cluster is `name` or `name/name`) with the portal's own view of each
 * cluster. Unknown refs resolve to undefined.
 */
export function loadHarvesterResources(
  clusters: ClusterRegistry,
): HarvesterResourceLoader {
  const findCluster = (name: string) =>
    clusters.list().find(handle => handle.name === name);

  async function load(
    resourceType: HarvesterResourceType,
    ref: string,
  ): Promise<HarvesterResource | undefined> {
    if (resourceType === HARVESTER_CLUSTER_RESOURCE_TYPE) {
      const handle = findCluster(ref.split('/')[0]);
      return handle && clusterResource(handle);
    }
    let parsed;
    try {
      parsed = parseHarvesterRef(ref);
    } catch {
      return undefined;
    }
    const handle = findCluster(parsed.cluster);
    const reader = handle && serviceReader(handle);
    if (!handle || !reader) return undefined;
    const object = await reader.get(
      kindOf[resourceType],
      parsed.namespace,
      parsed.name,
    );
    if (!object) return undefined;
    const ownership = await loadOwnership(handle, reader);
    return ownership.resourceOf(resourceType, object);
  }

  return async (resourceType, refs) =>
    isResourceType(resourceType)
      ? Promise.all(refs.map(ref => load(resourceType, ref)))
      : refs.map(() => undefined);
}
