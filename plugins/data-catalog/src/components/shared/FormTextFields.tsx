import { TextField } from '@backstage/ui';
import type { FieldBinding } from '@internal/portal-react';

/** One text input of a form, bound to the form value named `key`. */
export type TextFieldSpec<K extends string> = {
  key: K;
  label: string;
  isRequired?: boolean;
  placeholder?: string;
  description?: string;
};

/**
 * Text inputs listed as data, in order: forms with many plain inputs list
 * labels and hints instead of repeating the same element.
 */
export function FormTextFields<K extends string>(props: {
  form: { field(key: K): FieldBinding };
  fields: readonly TextFieldSpec<K>[];
}) {
  return (
    <>
      {props.fields.map(({ key, ...spec }) => (
        <TextField key={key} {...spec} {...props.form.field(key)} />
      ))}
    </>
  );
}
