import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import {
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_ENTITY_TYPES,
} from '@internal/plugin-harvester-common';
import { HarvesterClusterDefinition } from '@internal/plugin-harvester-node';
import { readNamedCredentials } from './readConfigClusters';

export type ReadCatalogClustersOptions = {
  catalog: CatalogService;
  auth: AuthService;
  config: Config;
  logger: LoggerService;
};

/**
 * Clusters registered as catalog entities (`kind: Resource`,
 * `spec.type: harvester-cluster`). Their credentials are named, never
 * carried: an entity without a resolvable `harvester.credentials` entry is
 * skipped with a warning.
 */
export async function readCatalogClusters(
  options: ReadCatalogClustersOptions,
): Promise<HarvesterClusterDefinition[]> {
  const { catalog, auth, config, logger } = options;
  const { items } = await catalog.getEntities(
    {
      filter: {
        kind: 'Resource',
        'spec.type': HARVESTER_ENTITY_TYPES.cluster,
      },
    },
    { credentials: await auth.getOwnServiceCredentials() },
  );
  return items.flatMap(entity => {
    const entityRef = stringifyEntityRef(entity);
    const annotations = entity.metadata.annotations ?? {};
    // The portal registers its config and module clusters itself; they are
    // known already and carry no credentials annotation.
    if (annotations[ANNOTATION_ORIGIN_LOCATION]?.startsWith('harvester:')) {
      return [];
    }
    const url = annotations[HARVESTER_ANNOTATIONS.clusterUrl];
    const credentials = annotations[HARVESTER_ANNOTATIONS.clusterCredentials];
    const clusterAuth =
      credentials && readNamedCredentials(config, credentials);
    if (!url || !clusterAuth) {
      logger.warn(
        `Skipping Harvester cluster ${entityRef}: ${
          url
            ? `no harvester.credentials entry named '${
                credentials ?? ''
              }' (annotation ${HARVESTER_ANNOTATIONS.clusterCredentials})`
            : `no ${HARVESTER_ANNOTATIONS.clusterUrl} annotation`
        }`,
      );
      return [];
    }
    return [
      {
        name: entity.metadata.name,
        title: entity.metadata.title,
        url,
        caData: annotations[HARVESTER_ANNOTATIONS.clusterCaData],
        owner: ownerOf(entity),
        auth: clusterAuth,
        source: 'catalog' as const,
        entityRef,
      },
    ];
  });
}

/** `spec.owner` as a full entity ref (owners default to groups). */
function ownerOf(entity: Entity): string | undefined {
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string' || !owner) return undefined;
  return stringifyEntityRef(
    parseEntityRef(owner, {
      defaultKind: 'group',
      defaultNamespace: entity.metadata.namespace ?? 'default',
    }),
  );
}
