import { NotFoundError } from '@backstage/errors';
import { ResourcePermission } from '@backstage/plugin-permission-common';
import { Request } from 'express';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { ObjectReader } from '../kube/ObjectReader';
import { NodeObject } from '../kube/types/nodes';
import { loadOwnership, Ownership } from '../resources/ownership';
import { HarvesterContext } from '../service/HarvesterContext';
import { HostInventory, loadHostInventory } from './hostInventory';
import { hostResource } from './hostSummary';

export type LoadedHost = {
  handle: ClusterHandle;
  reader: ObjectReader;
  ownership: Ownership;
  inventory: HostInventory;
  node: NodeObject;
};

/**
 * The host of the route (`:cluster/hosts/:name`) if the caller may use
 * `permission` on it: 401 before 404 before 403.
 */
export async function loadPermittedHost(
  context: HarvesterContext,
  req: Request,
  permission: ResourcePermission,
): Promise<LoadedHost> {
  await context.httpAuth.credentials(req, { allow: ['user'] });
  const { cluster, name } = req.params;
  const handle = context.clusters.get(cluster);
  const reader = handle.readerFor(req);
  const [ownership, inventory] = await Promise.all([
    loadOwnership(handle, reader),
    loadHostInventory(reader),
  ]);
  const node = inventory.nodes.find(n => n.metadata.name === name);
  if (!node) {
    throw new NotFoundError(`Host ${cluster}/${name} not found`);
  }
  await context.harvesterAuth.requireAllowed(
    req,
    permission,
    hostResource(ownership, node),
  );
  return { handle, reader, ownership, inventory, node };
}
