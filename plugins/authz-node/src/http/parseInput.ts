import { InputError } from '@backstage/errors';
import { describeIssues } from '@internal/plugin-authz-common';
import { z } from 'zod';

/** Validates a body or query; a failure is a 400 naming each bad field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = describeIssues(result.error)
      .map(p => (p.path ? `${p.path}: ${p.message}` : p.message))
      .join('; ');
    throw new InputError(`Invalid request: ${problems}`);
  }
  return result.data;
}
