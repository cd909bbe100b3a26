import { ResourcePermission } from '@backstage/plugin-permission-common';
import { HARVESTER_VM_RESOURCE_TYPE } from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { VirtualMachine } from '../kube/types/kubevirt';
import {
  LoadedObject,
  loadObject,
  loadPermittedObject,
  ObjectKind,
} from '../resources/loadPermittedObject';
import { Ownership } from '../resources/ownership';
import { HarvesterContext } from '../service/HarvesterContext';

/** A VM with what acting on it for one request needs. */
export type LoadedVm = LoadedObject<VirtualMachine>;

const vmKind: ObjectKind<VirtualMachine> = {
  kind: 'vm',
  label: 'VM',
  resourceType: HARVESTER_VM_RESOURCE_TYPE,
};

/** The VM, or 404 naming it (bulk actions decide on it themselves). */
export function loadVm(
  req: Request,
  handle: ClusterHandle,
  ownership: Ownership,
  ref: { namespace: string; name: string },
): Promise<LoadedVm> {
  return loadObject(req, handle, ownership, vmKind, ref);
}

/**
 * The VM of the route (`:cluster/:namespace/:name`) if the caller may use
 * `permission` on it: 401 before 404 before 403.
 */
export function loadPermittedVm(
  context: HarvesterContext,
  req: Request,
  permission: ResourcePermission,
): Promise<LoadedVm> {
  return loadPermittedObject(context, req, { ...vmKind, permission });
}
