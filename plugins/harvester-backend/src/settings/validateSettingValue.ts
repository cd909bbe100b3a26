import { InputError } from '@backstage/errors';
import { parseInput } from '@internal/plugin-authz-node';
import { z } from 'zod';
import { BACKUP_TARGET_SETTING } from '../backups/backupTarget';

/**
 * Where Harvester sends backups. Credentials live in the Secret named by
 * `credentialSecret`, never in the setting's value, which anyone who may
 * read the cluster's settings sees.
 */
const backupTargetSchema = z
  .strictObject({
    type: z.enum(['s3', 'nfs']),
    endpoint: z.string().optional(),
    bucketName: z.string().optional(),
    bucketRegion: z.string().optional(),
    credentialSecret: z.string().optional(),
    virtualHostedStyle: z.boolean().optional(),
    cert: z.string().optional(),
  })
  .superRefine((target, ctx) => {
    const problem = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (target.type === 's3') {
      if (!target.bucketName)
        problem('bucketName', 'required for an s3 target');
      if (!target.bucketRegion)
        problem('bucketRegion', 'required for an s3 target');
    } else {
      if (!target.endpoint?.startsWith('nfs://')) {
        problem(
          'endpoint',
          'an nfs target needs an endpoint like nfs://server:/path',
        );
      }
      if (target.bucketName) problem('bucketName', 'not used by an nfs target');
      if (target.bucketRegion)
        problem('bucketRegion', 'not used by an nfs target');
    }
  });

/** JSON settings the portal checks before Harvester's webhook would. */
const valueSchemas: Record<string, z.ZodType> = {
  [BACKUP_TARGET_SETTING]: backupTargetSchema,
};

/**
 * 400 naming the field (`value.bucketName: …`) when a setting's new value
 * is invalid. An empty value clears a setting and is always accepted.
 */
export function validateSettingValue(name: string, value: string): void {
  const schema = valueSchemas[name];
  if (!schema || value === '') return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new InputError(`Invalid request: value: ${name} must be JSON`);
  }
  parseInput(z.object({ value: schema }), { value: parsed });
}
