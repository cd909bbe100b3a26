import {
  BulkActionResult,
  harvesterVmDeletePermission,
  harvesterVmMigratePermission,
  harvesterVmOperatePermission,
  parseHarvesterRef,
  VmAction,
} from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { HarvesterPermissionFilter } from '../permissions/harvesterAuthorizer';
import { loadOwnership, Ownership } from '../resources/ownership';
import { HarvesterContext } from '../service/HarvesterContext';
import { deleteVm } from './deleteVm';
import { loadVm } from './loadVm';
import { runVmAction } from './vmActions';

export type BulkAction = VmAction | 'delete';

/** The permission each action needs on every VM it touches. */
export function permissionOf(action: BulkAction) {
  if (action === 'delete') {
    return harvesterVmDeletePermission;
  }
  return action === 'migrate' || action === 'abort-migration'
    ? harvesterVmMigratePermission
    : harvesterVmOperatePermission;
}

type ClusterScope = { handle: ClusterHandle; ownership: Ownership };

/**
 * Runs one action on many VMs, each on its own: a VM the policy does not
 * allow is reported and left alone, a failure does not stop the others.
 * The policy is asked once; its conditions are applied to each VM.
 */
export async function runBulkAction(
  context: HarvesterContext,
  req: Request,
  body: { action: BulkAction; vms: string[]; removeVolumes: boolean },
): Promise<BulkActionResult> {
  const filter: HarvesterPermissionFilter =
    await context.harvesterAuth.filterFor(req, permissionOf(body.action));
  const scopes = new Map<string, Promise<ClusterScope>>();
  const scopeOf = (cluster: string) => {
    let scope = scopes.get(cluster);
    if (!scope) {
      scope = (async () => {
        const handle = context.clusters.get(cluster);
        return {
          handle,
          ownership: await loadOwnership(handle, handle.readerFor(req)),
        };
      })();
      scopes.set(cluster, scope);
    }
    return scope;
  };

  const results: BulkActionResult['results'] = [];
  for (const vm of body.vms) {
    try {
      const ref = parseHarvesterRef(vm);
      const { handle, ownership } = await scopeOf(ref.cluster);
      const target = await loadVm(req, handle, ownership, {
        namespace: ref.namespace!,
        name: ref.name,
      });
      if (!filter.allows(target.resource)) {
        results.push({ vm, ok: false, message: 'denied by policy' });
        continue;
      }
      const result =
        body.action === 'delete'
          ? await deleteVm(context, req, target, {
              removeVolumes: body.removeVolumes,
            })
          : await runVmAction(context, req, target, body.action);
      results.push({ vm, ...result });
    } catch (error) {
      results.push({ vm, ok: false, message: (error as Error).message });
    }
  }
  return { results };
}
