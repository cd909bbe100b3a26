import { useState } from 'react';

/** The part of useFormValidation that marks up one field. */
type FieldValidation = {
  field(name: string): {
    validationBehavior: 'aria';
    validate(): string | null;
  };
};

/**
 * A form's values in one state. `set` changes one of them; `bind` wires a
 * field that edits one as it is (a text field, a MultiSelect) and, given
 * the form's validation, to the error of the request field of that name.
 */
export function useFormValues<TValues extends object>(
  initial: TValues | (() => TValues),
) {
  const [values, setValues] = useState(initial);
  const set = <K extends keyof TValues>(key: K, value: TValues[K]) =>
    setValues(current => ({ ...current, [key]: value }));
  const bind = <K extends keyof TValues & string>(
    key: K,
    validation?: FieldValidation,
  ) => ({
    value: values[key],
    onChange: (value: TValues[K]) => set(key, value),
    ...validation?.field(key),
  });
  return { values, set, bind };
}
