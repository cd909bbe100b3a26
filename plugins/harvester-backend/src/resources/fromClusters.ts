import { LoggerService } from '@backstage/backend-plugin-api';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { ClusterRegistry } from '../clusters/ClusterRegistry';

/**
 * The clusters a list query names (`query.cluster`), all when it names
 * none; an unknown name is a 404 NotFoundError.
 */
export function selectClusters(
  clusters: ClusterRegistry,
  names: string[],
): ClusterHandle[] {
  return names.length ? names.map(name => clusters.get(name)) : clusters.list();
}

/** Errors that say a cluster cannot be read now, not that the code is wrong. */
const clusterErrors = new Set([
  'ServiceUnavailableError',
  'NotAllowedError',
  'AuthenticationError',
]);

/**
 * Loads items from the clusters a query names, in parallel. A named
 * cluster's failure fails the request; when all clusters are read, one
 * that is unreachable or refuses the caller is logged and left out
 * (GET /clusters shows why), so a single cluster cannot blank every list.
 */
export async function fromClusters<T>(
  context: { clusters: ClusterRegistry; logger: LoggerService },
  names: string[],
  load: (handle: ClusterHandle) => Promise<T[]>,
): Promise<T[]> {
  const handles = selectClusters(context.clusters, names);
  const results = await Promise.all(
    handles.map(async handle => {
      try {
        return await load(handle);
      } catch (error) {
        if (names.length || !clusterErrors.has((error as Error)?.name)) {
          throw error;
        }
        context.logger.warn(
          `Harvester cluster '${handle.name}' left out of a list: ${error}`,
        );
        return [];
      }
    }),
  );
  return results.flat();
}
