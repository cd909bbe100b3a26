import {
  harvesterVmReadPermission,
  Page,
  VmListQuery,
  VmSummary,
} from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { ObjectReader } from '../kube/ObjectReader';
import { VirtualMachine } from '../kube/types/kubevirt';
import { HarvesterPermissionFilter } from '../permissions/harvesterAuthorizer';
import { fromClusters } from '../resources/fromClusters';
import { listPage } from '../resources/listPage';
import { loadOwnership } from '../resources/ownership';
import { HarvesterContext } from '../service/HarvesterContext';
import { loadVmRelations } from './vmRelations';
import { toVmSummary, vmResource } from './vmSummary';

/**
 * Summaries of one cluster's VMs the filter allows, in state and on hosts
 * the query asks for. A handful of cache reads per cluster, then memory only.
 */
export async function readableVmSummaries(
  handle: ClusterHandle,
  reader: ObjectReader,
  filter: Pick<HarvesterPermissionFilter, 'allows'>,
  query: Pick<VmListQuery, 'state' | 'host'>,
): Promise<VmSummary[]> {
  const [vms, relations, ownership] = await Promise.all([
    reader.list('vm') as Promise<VirtualMachine[]>,
    loadVmRelations(reader),
    loadOwnership(handle, reader),
  ]);
  const states = new Set(query.state);
  const hosts = new Set(query.host);
  return vms
    .filter(vm => filter.allows(vmResource(ownership, vm)))
    .map(vm => toVmSummary(handle.name, vm, relations, ownership))
    .filter(
      vm =>
        (!states.size || states.has(vm.state)) &&
        (!hosts.size || (vm.host !== undefined && hosts.has(vm.host))),
    );
}

/** `GET /vms`: the VMs of every cluster the caller may read, one page. */
export async function listVms(
  context: HarvesterContext,
  req: Request,
  query: VmListQuery,
): Promise<Page<VmSummary>> {
  const filter = await context.harvesterAuth.filterFor(
    req,
    harvesterVmReadPermission,
  );
  const items = await fromClusters(context, query.cluster, handle =>
    readableVmSummaries(handle, handle.readerFor(req), filter, query),
  );
  return listPage(items, query);
}
