import { NotFoundError } from '@backstage/errors';
import { ResourcePermission } from '@backstage/plugin-permission-common';
import { Request } from 'express';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { ClusterClient } from '../kube/ClusterClient';
import { ObjectReader } from '../kube/ObjectReader';
import { HarvesterResource } from '../permissions/HarvesterResource';
import { loadOwnership, Ownership } from '../resources/ownership';
import { HarvesterContext } from '../service/HarvesterContext';
import { VirtualMachine } from './kubevirtTypes';
import { vmResource } from './vmSummary';

/** A VM with what acting on it for one request needs. */
export type LoadedVm = {
  handle: ClusterHandle;
  reader: ObjectReader;
  /** The client of the request (its caller's token on OIDC clusters). */
  readonly client: ClusterClient;
  ownership: Ownership;
  vm: VirtualMachine;
  ref: { cluster: string; namespace: string; name: string };
  resource: HarvesterResource;
};

/** The VM, or 404 naming it. */
export async function loadVm(
  req: Request,
  handle: ClusterHandle,
  ownership: Ownership,
  namespace: string,
  name: string,
): Promise<LoadedVm> {
  const reader = handle.readerFor(req);
  const vm = (await reader.get('vm', namespace, name)) as
    | VirtualMachine
    | undefined;
  if (!vm) {
    throw new NotFoundError(`VM ${handle.name}/${namespace}/${name} not found`);
  }
  return {
    handle,
    reader,
    // Resolved on use: reads of an OIDC cluster with a cache need no token.
    get client() {
      return handle.clientFor(req);
    },
    ownership,
    vm,
    ref: { cluster: handle.name, namespace, name },
    resource: vmResource(ownership, vm),
  };
}

/**
 * The VM of the route (`:cluster/:namespace/:name`) if the (authenticated)
 * caller may use `permission` on it: 404 before 403.
 */
export async function loadPermittedVm(
  context: HarvesterContext,
  req: Request,
  permission: ResourcePermission,
): Promise<LoadedVm> {
  const { cluster, namespace, name } = req.params;
  const handle = context.clusters.get(cluster);
  const ownership = await loadOwnership(handle, handle.readerFor(req));
  const target = await loadVm(req, handle, ownership, namespace, name);
  await context.harvesterAuth.requireAllowed(req, permission, target.resource);
  return target;
}
