import { useState } from 'react';

/** The part of a zod schema a form needs (common's request schemas). */
export type RequestSchema<TRequest> = {
  safeParse(value: unknown):
    | { success: true; data: TRequest }
    | {
        success: false;
        error: { issues: { path: PropertyKey[]; message: string }[] };
      };
};

/** What binds a text input to one form value and its error. */
export type FieldBinding = {
  value: string;
  onChange(text: string): void;
  validationBehavior: 'aria';
  validate(): string | null;
};

/** The form field an issue belongs to: the last named step of its path. */
function fieldOf(path: PropertyKey[]): string {
  const named = path.filter((step): step is string => typeof step === 'string');
  return named[named.length - 1] ?? 'form';
}

/**
 * Form values checked against the same common schema the server uses, so
 * mistakes show beside their field before anything is sent. Errors appear
 * after the first submit and then follow each keystroke. Form keys are
 * named like the request's fields (nested ones by their last name).
 */
export function useSchemaForm<TValues extends object, TRequest>(options: {
  schema: RequestSchema<TRequest>;
  initial: TValues;
  toRequest(values: TValues): unknown;
}) {
  const [values, setValues] = useState(options.initial);
  const [submitted, setSubmitted] = useState(false);

  const parsed = options.schema.safeParse(options.toRequest(values));
  const errors: Record<string, string> = {};
  if (submitted && !parsed.success) {
    for (const issue of parsed.error.issues) {
      errors[fieldOf(issue.path)] ??= issue.message;
    }
  }

  const set = <K extends keyof TValues>(key: K, value: TValues[K]) =>
    setValues(current => ({ ...current, [key]: value }));

  /** Props of a text field bound to a string value and its error. */
  const field = <K extends keyof TValues & string>(key: K): FieldBinding => ({
    value: String(values[key] ?? ''),
    onChange: (text: string) => set(key, text as TValues[K]),
    validationBehavior: 'aria' as const,
    validate: () => errors[key] ?? null,
  });

  /** The request, or undefined when invalid (and the errors now show). */
  const submit = (): TRequest | undefined => {
    setSubmitted(true);
    return parsed.success ? parsed.data : undefined;
  };

  return { values, set, field, errors, submit };
}

/** Blank optional inputs are left out rather than sent as "". */
export function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** "a, b ,c" → ["a", "b", "c"]: list fields are typed comma-separated. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map(part => part.trim())
    .filter(Boolean);
}
