import { useApi } from '@backstage/frontend-plugin-api';
import { Switch, TextAreaField, TextField } from '@backstage/ui';
import { AuthzRole, createRoleSchema } from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { FormDialog, SavingDialogProps } from '../shared/FormDialog';
import { useFormValidation } from '../shared/useFormValidation';
import { useFormValues } from '../shared/useFormValues';
import { useSaveAction } from '../shared/useSaveAction';
import { withoutBlanks } from '../shared/validateRequest';

/** Create a role, or edit one (`role` given). Mounted while open. */
export function RoleFormDialog(
  props: { role?: AuthzRole } & SavingDialogProps,
) {
  const api = useApi(authzApiRef);
  const { role } = props;
  const { values, set, bind } = useFormValues({
    name: role?.name ?? '',
    description: role?.description ?? '',
    active: role?.active ?? true,
    allUsers: role?.allUsers ?? false,
  });
  // The form always holds every field, so an edit sends a full valid role.
  const form = useFormValidation(createRoleSchema, withoutBlanks(values));
  const action = useSaveAction(props.onSaved);

  const save = () =>
    action.save(
      form,
      valid => (role ? api.updateRole(role.id, valid) : api.createRole(valid)),
      `Role ${values.name} ${role ? 'saved' : 'created'}`,
    );

  return (
    <FormDialog
      title={role ? 'Edit role' : 'Create role'}
      width={520}
      action={action}
      submit={{ label: role ? 'Save' : 'Create', onPress: save }}
      onClose={props.onClose}
    >
      <TextField label="Name" isRequired {...bind('name', form)} />
      <TextAreaField label="Description" {...bind('description', form)} />
      <Switch
        label="Active"
        isSelected={values.active}
        onChange={active => set('active', active)}
      />
      <Switch
        label="Applies to all users"
        isSelected={values.allUsers}
        onChange={allUsers => set('allUsers', allUsers)}
      />
    </FormDialog>
  );
}
