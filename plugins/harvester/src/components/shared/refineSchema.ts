import type { RequestSchema } from '@internal/portal-react';

/** A mistake in one field of a form. */
export type FieldIssue = { path: string[]; message: string };

/**
 * `schema` with one more rule the common schema cannot know (grow-only
 * sizes, a choice the form requires): `check` looks at the parsed request
 * and names the field at fault, or answers undefined.
 */
export function refineSchema<R>(
  schema: RequestSchema<R>,
  check: (request: R) => FieldIssue | undefined,
): RequestSchema<R> {
  return {
    safeParse(value: unknown) {
      const parsed = schema.safeParse(value);
      if (!parsed.success) return parsed;
      const issue = check(parsed.data);
      return issue ? { success: false, error: { issues: [issue] } } : parsed;
    },
  };
}
