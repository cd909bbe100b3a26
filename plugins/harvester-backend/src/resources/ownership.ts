import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_LABELS,
  HARVESTER_NAMESPACE_RESOURCE_TYPE,
  HarvesterResourceType,
} from '@internal/plugin-harvester-common';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { KubeObject } from '../kube/KubeObject';
import { ObjectReader } from '../kube/ObjectReader';
import { HarvesterResource } from '../permissions/HarvesterResource';

/** Who owns the objects of one cluster, and their permission resources. */
export type Ownership = {
  /** The object's owner annotation, else its namespace's, else the cluster's owner. */
  ownerOf(object: KubeObject): string | undefined;
  resourceOf(
    resourceType: HarvesterResourceType,
    object: KubeObject,
  ): HarvesterResource;
};

/** `key` and `key=value` for each `tag.harvesterhci.io/<key>` label. */
export function tagsOf(object: KubeObject): string[] {
  return Object.entries(object.metadata.labels ?? {}).flatMap(
    ([label, value]) => {
      if (!label.startsWith(HARVESTER_LABELS.tagPrefix)) return [];
      const key = label.slice(HARVESTER_LABELS.tagPrefix.length);
      return value ? [key, `${key}=${value}`] : [key];
    },
  );
}

const ownerAnnotation = (object: KubeObject) =>
  object.metadata.annotations?.[HARVESTER_ANNOTATIONS.owner] || undefined;

/** Reads the cluster's namespaces once, for the owners they pass down. */
export async function loadOwnership(
  handle: ClusterHandle,
  reader: ObjectReader,
): Promise<Ownership> {
  const namespaceOwners = new Map<string, string>();
  for (const namespace of await reader.list('namespace')) {
    const owner = ownerAnnotation(namespace);
    if (owner) namespaceOwners.set(namespace.metadata.name, owner);
  }
  const ownerOf = (object: KubeObject) =>
    ownerAnnotation(object) ??
    (object.metadata.namespace &&
      namespaceOwners.get(object.metadata.namespace)) ??
    handle.definition.owner;

  return {
    ownerOf,
    resourceOf(resourceType, object) {
      return {
        resourceType,
        cluster: handle.name,
        // A namespace is "in" itself, so namespace conditions apply to it.
        namespace:
          resourceType === HARVESTER_NAMESPACE_RESOURCE_TYPE
            ? object.metadata.name
            : object.metadata.namespace,
        name: object.metadata.name,
        owner: ownerOf(object),
        tags: tagsOf(object),
      };
    },
  };
}
