import {
  HostSummary,
  listQuerySchema,
  vmListQuerySchema,
} from '@internal/plugin-harvester-common';
import { z } from 'zod';
import { ListScope, PermittedCandidate } from '../resources/listPermitted';
import { loadHostInventory } from './hostInventory';
import { hostResource, toHostSummary } from './hostSummary';

/** `GET /hosts` also filters by host state (`state=Active,Cordoned`). */
export const hostListQuerySchema = listQuerySchema.extend({
  state: vmListQuerySchema.shape.state,
});

/** A cluster's hosts in the states asked for (all when none). */
export async function loadHosts(
  { handle, reader, ownership }: ListScope,
  query: Pick<z.infer<typeof hostListQuerySchema>, 'state'>,
): Promise<PermittedCandidate<HostSummary>[]> {
  const states = new Set(query.state);
  const inventory = await loadHostInventory(reader);
  return inventory.nodes
    .map(node => ({
      item: toHostSummary(handle.name, node, inventory, ownership),
      resource: hostResource(ownership, node),
    }))
    .filter(({ item }) => !states.size || states.has(item.state));
}
