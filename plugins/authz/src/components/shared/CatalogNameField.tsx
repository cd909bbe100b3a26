import { TextField, TextFieldProps } from '@backstage/ui';

/**
 * The catalog name of a new user, group or department. It is the entity's
 * ref and cannot change later, so forms only ask for it when creating.
 */
export function CatalogNameField(
  props: { example: string } & Pick<
    TextFieldProps,
    'value' | 'onChange' | 'validationBehavior' | 'validate'
  >,
) {
  const { example, ...field } = props;
  return (
    <TextField
      label="Name"
      description={`Catalog name, e.g. ${example}`}
      isRequired
      {...field}
    />
  );
}
