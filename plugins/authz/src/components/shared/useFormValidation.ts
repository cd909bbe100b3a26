import { useState } from 'react';
import { FieldErrors, validateRequest } from './validateRequest';

type Schema<TData> = Parameters<typeof validateRequest<TData>>[0];

/**
 * Live validation of a form against its authz-common request schema. Errors
 * show from the first submit on, then follow every keystroke. `field(name)`
 * wires a @backstage/ui field to its error (aria-invalid + inline message).
 */
export function useFormValidation<TData>(
  schema: Schema<TData>,
  values: unknown,
) {
  const [submitted, setSubmitted] = useState(false);
  const result = validateRequest(schema, values);
  const errors: FieldErrors = submitted && !result.ok ? result.errors : {};

  const field = (name: string) => ({
    validationBehavior: 'aria' as const,
    validate: () => errors[name] ?? null,
  });

  /** The request to send, or undefined (and errors shown) when invalid. */
  const submit = (): TData | undefined => {
    setSubmitted(true);
    return result.ok ? result.data : undefined;
  };

  return { field, submit, errors };
}
