import { describeIssues } from '@internal/plugin-authz-common';

type ZodErrorLike = Parameters<typeof describeIssues>[0];
type SafeParser<TData> = {
  safeParse(
    value: unknown,
  ): { success: true; data: TData } | { success: false; error: ZodErrorLike };
};

/** Form field (top-level key of the request) → what is wrong with it. */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * Checks a form against the same authz-common schema the server uses, so the
 * form shows the server's rules before anything is sent.
 */
export function validateRequest<TData>(
  schema: SafeParser<TData>,
  value: unknown,
): { ok: true; data: TData } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(value);
  if (result.success) {
    return { ok: true, data: result.data };
  }
  const errors: FieldErrors = {};
  for (const problem of describeIssues(result.error)) {
    const field = problem.path.split(/[.[]/)[0] || 'form';
    errors[field] ??= problem.message;
  }
  return { ok: false, errors };
}

/** Empty form inputs are left out rather than sent as "". */
export function withoutBlanks<TValue extends Record<string, unknown>>(
  value: TValue,
): Partial<TValue> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== '' && v !== undefined),
  ) as Partial<TValue>;
}
