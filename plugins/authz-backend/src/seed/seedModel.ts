import { resolvePackagePath } from '@backstage/backend-plugin-api';
import {
  createPolicySchema,
  createRoleSchema,
  describeIssues,
  roleHoldersSchema,
} from '@internal/plugin-authz-common';
import fs from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';

const seedRoleSchema = createRoleSchema.extend({
  type: z.enum(['system', 'custom']),
  /** Names of policies in the same file. */
  policies: z.array(z.string()).default([]),
  holders: z.array(roleHoldersSchema.shape.holders.element).default([]),
});

const seedModelSchema = z
  .strictObject({
    policies: z.array(createPolicySchema),
    roles: z.array(seedRoleSchema),
  })
  .superRefine((model, ctx) => {
    const names = new Set(model.policies.map(p => p.name));
    model.roles.forEach((role, r) =>
      role.policies.forEach((name, p) => {
        if (!names.has(name)) {
          ctx.addIssue({
            code: 'custom',
            path: ['roles', r, 'policies', p],
            message: `no policy named ${name} in the file`,
          });
        }
      }),
    );
  });

/** The roles and policies a new portal starts with. */
export type SeedModel = z.output<typeof seedModelSchema>;

export const defaultSeedModelPath = () =>
  resolvePackagePath(
    '@internal/plugin-authz-backend',
    'seed/default-model.yaml',
  );

/** Reads and validates a seed file; a bad file stops the plugin from starting. */
export async function loadSeedModel(file: string): Promise<SeedModel> {
  const result = seedModelSchema.safeParse(
    parse(await fs.readFile(file, 'utf8')),
  );
  if (!result.success) {
    const problems = describeIssues(result.error)
      .map(p => `${p.path}: ${p.message}`)
      .join('; ');
    throw new Error(`Invalid seed model ${file}: ${problems}`);
  }
  return result.data;
}
