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
  Switch,
  TextAreaField,
  TextField,
} from '@backstage/ui';
import { AuthzRole, createRoleSchema } from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { useAction } from '../shared/useAction';
import { useFormValidation } from '../shared/useFormValidation';
import { withoutBlanks } from '../shared/validateRequest';

/** Create a role, or edit one (`role` given). Mounted while open. */
export function RoleFormDialog(props: {
  role?: AuthzRole;
  onClose(): void;
  onSaved(): void;
}) {
  const api = useApi(authzApiRef);
  const { role } = props;
  const [values, setValues] = useState({
    name: role?.name ?? '',
    description: role?.description ?? '',
    active: role?.active ?? true,
    allUsers: role?.allUsers ?? false,
  });
  // The form always holds every field, so an edit sends a full valid role.
  const form = useFormValidation(createRoleSchema, withoutBlanks(values));
  const action = useAction();

  const save = async () => {
    const valid = form.submit();
    if (!valid) return;
    const ok = await action.run(
      () => (role ? api.updateRole(role.id, valid) : api.createRole(valid)),
      `Role ${values.name} ${role ? 'saved' : 'created'}`,
    );
    if (ok) props.onSaved();
  };

  return (
    <Dialog isOpen onOpenChange={open => !open && props.onClose()} width={520}>
      <DialogHeader>{role ? 'Edit role' : 'Create role'}</DialogHeader>
      <DialogBody>
        <Flex direction="column" gap="3">
          <TextField
            label="Name"
            isRequired
            value={values.name}
            onChange={name => setValues(v => ({ ...v, name }))}
            {...form.field('name')}
          />
          <TextAreaField
            label="Description"
            value={values.description}
            onChange={description => setValues(v => ({ ...v, description }))}
            {...form.field('description')}
          />
          <Switch
            label="Active"
            isSelected={values.active}
            onChange={active => setValues(v => ({ ...v, active }))}
          />
          <Switch
            label="Applies to all users"
            isSelected={values.allUsers}
            onChange={allUsers => setValues(v => ({ ...v, allUsers }))}
          />
          {action.error && <Alert status="danger" icon title={action.error} />}
        </Flex>
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onPress={props.onClose}>
          Cancel
        </Button>
        <Button isPending={action.pending} onPress={save}>
          {role ? 'Save' : 'Create'}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
