import { NotAllowedError } from '@backstage/errors';
import { ResourcePermission } from '@backstage/plugin-permission-common';
import { Request } from 'express';
import { HarvesterResource } from '../permissions/HarvesterResource';
import { HarvesterContext } from '../service/HarvesterContext';

/**
 * For what a page shows beside its subject (the VMs on a host, the counts
 * on the dashboard): the caller's filter for `permission`, or one that lets
 * nothing through when the policy denies it, instead of failing the page.
 */
export async function filterOrNothing(
  context: Pick<HarvesterContext, 'harvesterAuth'>,
  req: Request,
  permission: ResourcePermission,
): Promise<(resource: HarvesterResource) => boolean> {
  try {
    const filter = await context.harvesterAuth.filterFor(req, permission);
    return filter.allows;
  } catch (error) {
    if (error instanceof NotAllowedError) return () => false;
    throw error;
  }
}
