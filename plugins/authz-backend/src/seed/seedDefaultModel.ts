import { PapWriter, pluginActor } from '../database';
import { lockRevision } from '../database/revision';
import { toCount } from '../database/columnValues';
import { insertPolicy } from '../database/policyOperations';
import { attachRoleHolders } from '../database/roleHolderOperations';
import { attachRolePolicies, insertRole } from '../database/roleOperations';
import { SeedModel } from './seedModel';

/**
 * Inserts the seed's policies and roles when there are no roles yet, in one
 * transaction. Returns whether it did.
 */
export async function seedDefaultModel(
  writer: PapWriter,
  model: SeedModel,
): Promise<boolean> {
  return writer.write(pluginActor, async (trx, record) => {
    // Replicas may start together: the first one seeds, the rest see roles.
    await lockRevision(trx);
    const [{ count }] = await trx('authz_roles').count({ count: '*' });
    if (toCount(count) > 0) return false;

    const policyIds = new Map<string, string>();
    for (const input of model.policies) {
      const policy = await insertPolicy(trx, record, pluginActor, input);
      policyIds.set(policy.name, policy.id);
    }
    for (const { type, policies, holders, ...input } of model.roles) {
      const role = await insertRole(trx, record, input, type);
      if (policies.length > 0) {
        // The seed schema has checked that every name is in the file.
        const ids = policies.flatMap(name => policyIds.get(name) ?? []);
        await attachRolePolicies(trx, record, role.id, ids);
      }
      if (holders.length > 0) {
        await attachRoleHolders(trx, record, role.id, holders);
      }
    }
    return true;
  });
}
