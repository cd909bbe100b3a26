import { ResourcePermission } from '@backstage/plugin-permission-common';
import { Request } from 'express';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { ObjectReader } from '../kube/ObjectReader';
import { HarvesterResource } from '../permissions/HarvesterResource';
import { HarvesterContext } from '../service/HarvesterContext';
import { fromClusters } from './fromClusters';
import { loadOwnership, Ownership } from './ownership';

/** One cluster as a list route reads it for the caller. */
export type ListScope = {
  handle: ClusterHandle;
  reader: ObjectReader;
  ownership: Ownership;
};

/** A list item with the object it was made from, as the rules see it. */
export type PermittedCandidate<T> = { item: T; resource: HarvesterResource };

/**
 * The items of the named clusters (all when none) the caller may see with
 * `permission`: one decision, its conditions applied to every object.
 */
export async function listPermitted<T>(
  context: HarvesterContext,
  req: Request,
  permission: ResourcePermission,
  clusters: string[],
  load: (scope: ListScope) => Promise<PermittedCandidate<T>[]>,
): Promise<T[]> {
  const filter = await context.harvesterAuth.filterFor(req, permission);
  return fromClusters(context, clusters, async handle => {
    const reader = handle.readerFor(req);
    const ownership = await loadOwnership(handle, reader);
    const candidates = await load({ handle, reader, ownership });
    return candidates.filter(c => filter.allows(c.resource)).map(c => c.item);
  });
}
