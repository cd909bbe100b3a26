import { Entity } from '@backstage/catalog-model';
import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_ENTITY_TYPES,
  HarvesterObjectRef,
  harvesterClusterEntityRef,
  harvesterVmEntityName,
  stringifyHarvesterRef,
} from '@internal/plugin-harvester-common';
import { HarvesterClusterDefinition } from '@internal/plugin-harvester-node';

/** Owner of entities whose cluster names none. */
export const DEFAULT_HARVESTER_OWNER = 'group:default/virtualization-team';

/** The catalog location of everything a cluster contributes. */
export const harvesterLocationOf = (cluster: string) => `harvester:${cluster}`;

const CATALOG_TAG = /^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$/;

/**
 * Harvester tags (`env`, `env=prod`) as catalog tags (`env`, `env-prod`):
 * lower case, other characters folded into `-`, invalid or duplicate ones
 * dropped.
 */
export function toCatalogTags(tags: string[]): string[] {
  const converted = tags.map(tag =>
    tag
      .toLocaleLowerCase('en-US')
      .replace(/[^a-z0-9:+#]+/g, '-')
      .replace(/^-+|-+$/g, ''),
  );
  return [
    ...new Set(
      converted.filter(tag => tag.length <= 63 && CATALOG_TAG.test(tag)),
    ),
  ];
}

function managedBy(cluster: string): Record<string, string> {
  const location = harvesterLocationOf(cluster);
  return {
    'backstage.io/managed-by-location': location,
    'backstage.io/managed-by-origin-location': location,
  };
}

/** The entity of a cluster the catalog does not already have. */
export function clusterEntity(definition: HarvesterClusterDefinition): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: definition.name,
      namespace: 'default',
      title: definition.title ?? definition.name,
      description: 'Harvester HCI cluster',
      annotations: {
        ...managedBy(definition.name),
        [HARVESTER_ANNOTATIONS.clusterUrl]: definition.url,
      },
      ...(definition.dashboardUrl && {
        links: [{ url: definition.dashboardUrl, title: 'Harvester UI' }],
      }),
    },
    spec: {
      type: HARVESTER_ENTITY_TYPES.cluster,
      owner: definition.owner ?? DEFAULT_HARVESTER_OWNER,
    },
  };
}

/**
 * The entity of one VM. Only facts that change rarely (owner, tags) go in:
 * state, host and usage change by the minute and stay in the plugin.
 */
export function vmEntity(options: {
  ref: Required<HarvesterObjectRef>;
  cluster: HarvesterClusterDefinition;
  owner?: string;
  tags: string[];
}): Entity {
  const { ref, cluster, owner, tags } = options;
  const catalogTags = toCatalogTags(tags);
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: harvesterVmEntityName(ref),
      namespace: 'default',
      title: ref.name,
      description: `Harvester VM in namespace ${ref.namespace} of cluster ${cluster.name}`,
      ...(catalogTags.length > 0 && { tags: catalogTags }),
      annotations: {
        ...managedBy(ref.cluster),
        [HARVESTER_ANNOTATIONS.vm]: stringifyHarvesterRef(ref),
      },
    },
    spec: {
      type: HARVESTER_ENTITY_TYPES.vm,
      owner: owner ?? cluster.owner ?? DEFAULT_HARVESTER_OWNER,
      dependsOn: [cluster.entityRef ?? harvesterClusterEntityRef(cluster.name)],
    },
  };
}
