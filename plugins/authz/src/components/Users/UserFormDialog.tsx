import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Alert,
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  DialogHeader,
  Flex,
  Select,
  TextField,
} from '@backstage/ui';
import {
  AuthzUser,
  UserStatus,
  createUserSchema,
  updateUserSchema,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { useAction } from '../shared/useAction';
import { useFormValidation } from '../shared/useFormValidation';
import { useDepartmentOptions, useGroupOptions } from '../shared/useOptions';
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
export function UserFormDialog(props: {
  user?: AuthzUser;
  onClose(): void;
  onSaved(): void;
}) {
  const api = useApi(authzApiRef);
  const departments = useDepartmentOptions();
  const groups = useGroupOptions();
  const editing = props.user !== undefined;
  const [values, setValues] = useState(() => initialValues(props.user));
  const action = useAction();

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

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    setValues(current => ({ ...current, [key]: value }));

  const save = async () => {
    const user = props.user;
    if (user) {
      const request = update.submit();
      if (!request) return;
      const ok = await action.run(
        () => api.updateUser(user.ref, request),
        `User ${user.name} saved`,
      );
      if (ok) props.onSaved();
    } else {
      const request = create.submit();
      if (!request) return;
      const ok = await action.run(
        () => api.createUser(request),
        `User ${request.name} created`,
      );
      if (ok) props.onSaved();
    }
  };

  return (
    <Dialog isOpen onOpenChange={open => !open && props.onClose()} width={520}>
      <DialogHeader>{editing ? 'Edit user' : 'Create user'}</DialogHeader>
      <DialogBody>
        <Flex direction="column" gap="3">
          {!editing && (
            <TextField
              label="Name"
              description="Catalog name, e.g. alice.kim"
              isRequired
              value={values.name}
              onChange={value => set('name', value)}
              {...form.field('name')}
            />
          )}
          <TextField
            label="Display name"
            value={values.displayName}
            onChange={value => set('displayName', value)}
            {...form.field('displayName')}
          />
          <TextField
            label="Email"
            type="email"
            value={values.email}
            onChange={value => set('email', value)}
            {...form.field('email')}
          />
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
            <Select
              label="Groups"
              selectionMode="multiple"
              options={groups}
              value={values.groupRefs}
              onChange={keys => set('groupRefs', keys.map(String))}
              {...form.field('groupRefs')}
            />
          )}
          {action.error && <Alert status="danger" icon title={action.error} />}
        </Flex>
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onPress={props.onClose}>
          Cancel
        </Button>
        <Button isPending={action.pending} onPress={save}>
          {editing ? 'Save' : 'Create'}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
