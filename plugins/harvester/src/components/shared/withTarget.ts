import type { RequestSchema } from '@internal/portal-react';

/** A request and where it goes: its cluster and, for most, its namespace. */
export type Targeted<K extends string, R> = {
  target: Record<K, string>;
  request: R;
};

/**
 * `schema` plus the picked target, so a missing cluster or namespace shows
 * beside its field (issues on `cluster`, `namespace`) like any other
 * mistake, and nothing is sent until every field is right.
 */
export function withTarget<K extends string, R>(
  schema: RequestSchema<R>,
  keys: readonly K[],
): RequestSchema<Targeted<K, R>> {
  return {
    safeParse(value: unknown) {
      const { target, request } = value as {
        target: Partial<Record<K, string>>;
        request: unknown;
      };
      const parsed = schema.safeParse(request);
      const missing = keys
        .filter(key => !target[key])
        .map(key => ({ path: [key], message: `Pick a ${key}` }));
      if (!parsed.success || missing.length > 0) {
        const issues = parsed.success ? [] : parsed.error.issues;
        return { success: false, error: { issues: [...missing, ...issues] } };
      }
      return {
        success: true,
        data: { target: target as Record<K, string>, request: parsed.data },
      };
    },
  };
}

/** A form that holds a target among its values. */
type TargetForm = {
  values: { cluster?: string; namespace?: string };
  errors: Record<string, string>;
  set(key: 'cluster' | 'namespace', value: string | undefined): void;
};

/** The props of NamespaceTargetFields bound to such a form. */
export function bindTarget(form: TargetForm) {
  return {
    value: form.values,
    errors: form.errors,
    onChange: (target: { cluster?: string; namespace?: string }) => {
      form.set('cluster', target.cluster);
      form.set('namespace', target.namespace);
    },
  };
}
