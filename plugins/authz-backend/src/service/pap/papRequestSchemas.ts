import {
  groupRefSchema,
  listQuerySchema,
  roleHoldersSchema,
  userRefSchema,
} from '@internal/plugin-authz-common';
import { z } from 'zod';

/**
 * Request shapes of the PAP routes that the shared schemas in authz-common
 * do not cover: filters of some lists, path parameters, holder refs.
 */
const booleanQuery = z
  .enum(['true', 'false'])
  .transform(value => value === 'true');

export const roleListQuerySchema = listQuerySchema.extend({
  type: z.enum(['system', 'custom']).optional(),
  active: booleanQuery.optional(),
});

export const policyListQuerySchema = listQuerySchema.extend({
  active: booleanQuery.optional(),
});

export const groupListQuerySchema = listQuerySchema.extend({
  departmentRef: groupRefSchema.optional(),
});

/** `?ids=a,b` or `?ids=a&ids=b`; absent means every policy. */
export const policyExportQuerySchema = z.object({
  ids: z
    .union([z.string(), z.array(z.string())])
    .transform(value =>
      ([] as string[])
        .concat(value)
        .flatMap(part => part.split(','))
        .map(id => id.trim())
        .filter(Boolean),
    )
    .optional(),
});

export const userRefParamsSchema = z.object({ ref: userRefSchema });
export const groupRefParamsSchema = z.object({ ref: groupRefSchema });
export const groupMemberParamsSchema = z.object({
  ref: groupRefSchema,
  userRef: userRefSchema,
});

/** Holders whose ref has the form their kind needs. */
export const roleHolderRefsSchema = roleHoldersSchema.superRefine(
  (body, ctx) => {
    body.holders.forEach((holder, index) => {
      const schema = holder.kind === 'user' ? userRefSchema : groupRefSchema;
      const result = schema.safeParse(holder.ref);
      if (!result.success) {
        ctx.addIssue({
          code: 'custom',
          path: ['holders', index, 'ref'],
          message: result.error.issues[0].message,
        });
      }
    });
  },
);
