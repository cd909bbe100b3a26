import { useApi } from '@backstage/frontend-plugin-api';
import { TextAreaField, TextField } from '@backstage/ui';
import {
  AuthzGroup,
  createGroupSchema,
  updateGroupSchema,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { CatalogNameField } from '../shared/CatalogNameField';
import { FormDialog, SavingDialogProps } from '../shared/FormDialog';
import { useFormValidation } from '../shared/useFormValidation';
import { useFormValues } from '../shared/useFormValues';
import { useSaveAction } from '../shared/useSaveAction';
import { withoutBlanks } from '../shared/validateRequest';

/** Create a group, or edit its title and description. Mounted while open. */
export function GroupFormDialog(
  props: { group?: AuthzGroup } & SavingDialogProps,
) {
  const api = useApi(authzApiRef);
  const { group } = props;
  const { values, bind } = useFormValues({
    name: group?.name ?? '',
    title: group?.title ?? '',
    description: group?.description ?? '',
  });
  const details = withoutBlanks({
    title: values.title,
    description: values.description,
  });
  const create = useFormValidation(createGroupSchema, {
    name: values.name,
    ...details,
  });
  const update = useFormValidation(updateGroupSchema, details);
  const form = group ? update : create;
  const action = useSaveAction(props.onSaved);

  const save = () =>
    group
      ? action.save(
          update,
          request => api.updateGroup(group.ref, request),
          `Group ${group.name} saved`,
        )
      : action.save(
          create,
          request => api.createGroup(request),
          request => `Group ${request.name} created`,
        );

  return (
    <FormDialog
      title={group ? 'Edit group' : 'Create group'}
      width={520}
      action={action}
      submit={{ label: group ? 'Save' : 'Create', onPress: save }}
      onClose={props.onClose}
    >
      {!group && (
        <CatalogNameField example="platform-team" {...bind('name', form)} />
      )}
      <TextField label="Title" {...bind('title', form)} />
      <TextAreaField label="Description" {...bind('description', form)} />
    </FormDialog>
  );
}
