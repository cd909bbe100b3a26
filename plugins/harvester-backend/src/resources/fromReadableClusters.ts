import { harvesterClusterReadPermission } from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { clusterResource } from '../clusters/clusterResource';
import { HarvesterContext } from '../service/HarvesterContext';
import { fromClusters } from './fromClusters';

/**
 * `fromClusters` for what belongs to a cluster as a whole (settings,
 * events, storage classes): only the clusters the caller may read, as
 * `harvester.cluster.read` and its conditions decide.
 */
export async function fromReadableClusters<T>(
  context: Pick<HarvesterContext, 'clusters' | 'logger' | 'harvesterAuth'>,
  req: Request,
  names: string[],
  load: (handle: ClusterHandle) => Promise<T[]>,
): Promise<T[]> {
  const filter = await context.harvesterAuth.filterFor(
    req,
    harvesterClusterReadPermission,
  );
  return fromClusters(context, names, async handle =>
    filter.allows(clusterResource(handle)) ? load(handle) : [],
  );
}
