import { RootConfigService } from '@backstage/backend-plugin-api';
import {
  describeIssues,
  groupRefSchema,
  userRefSchema,
} from '@internal/plugin-authz-common';
import { Knex } from 'knex';
import { z } from 'zod';
import { PapWriter, pluginActor, RoleHolder } from '../database';
import { attachRoleHolders, holdersOf } from '../database/roleHolderOperations';

/** The system role the bootstrap administrators get (seed/default-model.yaml). */
export const administratorRoleName = 'Platform Administrator';

const administratorsSchema = z.array(
  z
    .string()
    .refine(
      ref =>
        userRefSchema.safeParse(ref).success ||
        groupRefSchema.safeParse(ref).success,
      'must be a user or group entity ref like user:default/name',
    ),
);

/** `authz.bootstrap.administrators`: user and group refs, default none. */
export function readBootstrapAdministrators(
  config: RootConfigService,
): string[] {
  const key = 'authz.bootstrap.administrators';
  const result = administratorsSchema.safeParse(
    config.getOptionalStringArray(key) ?? [],
  );
  if (!result.success) {
    const [problem] = describeIssues(result.error);
    throw new Error(`Invalid config ${key}${problem.path}: ${problem.message}`);
  }
  return result.data;
}

/**
 * Makes sure the configured principals hold the administrator role. Runs on
 * every start; it attaches what is missing and never detaches, so an
 * administrator removed from config keeps the role until removed in the UI.
 * Returns the holders it attached, or undefined without the role.
 */
export async function applyBootstrapAdministrators(
  writer: PapWriter,
  refs: string[],
): Promise<RoleHolder[] | undefined> {
  return writer.write(pluginActor, async (trx, record) => {
    const role = await trx('authz_roles')
      .where({ name: administratorRoleName, type: 'system' })
      .first('id');
    if (!role) return undefined;
    const existing = await holdersOf(trx, role.id);
    const missing: RoleHolder[] = [];
    for (const ref of refs) {
      const holder = await holderFor(trx, ref);
      if (!existing.some(e => e.ref === holder.ref)) {
        missing.push(holder);
      }
    }
    if (missing.length > 0) {
      await attachRoleHolders(trx, record, role.id, missing);
    }
    return missing;
  });
}

/** A group ref is a department once the catalog sync has said so. */
async function holderFor(
  trx: Knex.Transaction,
  ref: string,
): Promise<RoleHolder> {
  if (ref.startsWith('user:')) return { kind: 'user', ref };
  const department = await trx('authz_departments').where({ ref }).first('ref');
  return { kind: department ? 'department' : 'group', ref };
}
