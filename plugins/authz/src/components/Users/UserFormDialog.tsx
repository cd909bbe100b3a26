import { useApi } from '@backstage/frontend-plugin-api';
import { Select, TextField } from '@backstage/ui';
import {
  AuthzUser,
  UserStatus,
  createUserSchema,
  updateUserSchema,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { CatalogNameField } from '../shared/CatalogNameField';
import { FormDialog, SavingDialogProps } from '../shared/FormDialog';
import { MultiSelect } from '../shared/MultiSelect';
import { useFormValidation } from '../shared/useFormValidation';
import { useFormValues } from '../shared/useFormValues';
import { useDepartmentOptions, useGroupOptions } from '../shared/useOptions';
import { useSaveAction } from '../shared/useSaveAction';
import { withoutBlanks } from '../shared/validateRequest';

const statusOptions = [
  { id: 'active', label: 'Active' },
  { id: 'disabled', label: 'Disabled' },
];
const noDepartment = { id: '', label: 'No department' };

type FormValues = {
  name: string;
  displayName: string;
  email: string;
  status: UserStatus;
  departmentRef: string;
  groupRefs: string[];
};

function initialValues(user?: AuthzUser): FormValues {
  return {
    name: user?.name ?? '',
    displayName: user?.displayName ?? '',
    email: user?.email ?? '',
    status: user?.status ?? 'active',
    departmentRef: user?.departmentRef ?? '',
    groupRefs: user?.groupRefs ?? [],
  };
}

/**
 * Create a user, or edit one (`user` given). The name and groups are fixed
 * after creation (groups are edited on the group's page). Mounted while open.
 */
export function UserFormDialog(
  props: { user?: AuthzUser } & SavingDialogProps,
) {
  const api = useApi(authzApiRef);
  const departments = useDepartmentOptions();
  const groups = useGroupOptions();
  const editing = props.user !== undefined;
  const { values, set, bind } = useFormValues(() => initialValues(props.user));
  const action = useSaveAction(props.onSaved);

  const createRequest = withoutBlanks(values);
  // The name and groups are fixed after creation; a cleared department is null.
  const updateRequest = {
    ...withoutBlanks({
      displayName: values.displayName,
      email: values.email,
      status: values.status,
      departmentRef: values.departmentRef,
    }),
    ...(values.departmentRef === '' && props.user?.departmentRef
      ? { departmentRef: null }
      : {}),
  };
  const create = useFormValidation(createUserSchema, createRequest);
  const update = useFormValidation(updateUserSchema, updateRequest);
  const form = editing ? update : create;

  const save = () => {
    const user = props.user;
    return user
      ? action.save(
          update,
          request => api.updateUser(user.ref, request),
          `User ${user.name} saved`,
        )
      : action.save(
          create,
          request => api.createUser(request),
          request => `User ${request.name} created`,
        );
  };

  return (
    <FormDialog
      title={editing ? 'Edit user' : 'Create user'}
      width={520}
      action={action}
      submit={{ label: editing ? 'Save' : 'Create', onPress: save }}
      onClose={props.onClose}
    >
      {!editing && (
        <CatalogNameField example="alice.kim" {...bind('name', form)} />
      )}
      <TextField label="Display name" {...bind('displayName', form)} />
      <TextField label="Email" type="email" {...bind('email', form)} />
      <Select
        label="Status"
        options={statusOptions}
        value={values.status}
        onChange={key => set('status', key as UserStatus)}
      />
      <Select
        label="Department"
        options={[noDepartment, ...departments]}
        value={values.departmentRef}
        onChange={key => set('departmentRef', String(key ?? ''))}
        {...form.field('departmentRef')}
      />
      {!editing && (
        <MultiSelect
          label="Groups"
          options={groups}
          {...bind('groupRefs', form)}
        />
      )}
    </FormDialog>
  );
}
