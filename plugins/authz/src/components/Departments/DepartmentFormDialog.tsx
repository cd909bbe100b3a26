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
  AuthzDepartment,
  createDepartmentSchema,
  updateDepartmentSchema,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { displayNameOf } from '../shared/refs';
import { useAction } from '../shared/useAction';
import { useFormValidation } from '../shared/useFormValidation';
import { withoutBlanks } from '../shared/validateRequest';

const root = { id: '', label: '(top level)' };

/**
 * Create a department under a parent, or rename one (`department` given).
 * Mounted while open.
 */
export function DepartmentFormDialog(props: {
  department?: AuthzDepartment;
  items: AuthzDepartment[];
  defaultParentRef?: string;
  onClose(): void;
  onSaved(): void;
}) {
  const api = useApi(authzApiRef);
  const { department } = props;
  const [name, setName] = useState('');
  const [title, setTitle] = useState(department?.title ?? '');
  const [parentRef, setParentRef] = useState(props.defaultParentRef ?? '');
  const create = useFormValidation(
    createDepartmentSchema,
    withoutBlanks({ name, title, parentRef }),
  );
  const update = useFormValidation(
    updateDepartmentSchema,
    withoutBlanks({ title }),
  );
  const form = department ? update : create;
  const action = useAction();

  const save = async () => {
    if (department) {
      const request = update.submit();
      if (!request) return;
      const ok = await action.run(
        () => api.updateDepartment(department.ref, request),
        `${displayNameOf(department)} renamed`,
      );
      if (ok) props.onSaved();
    } else {
      const request = create.submit();
      if (!request) return;
      const ok = await action.run(
        () => api.createDepartment(request),
        `Department ${request.name} created`,
      );
      if (ok) props.onSaved();
    }
  };

  return (
    <Dialog isOpen onOpenChange={open => !open && props.onClose()} width={480}>
      <DialogHeader>
        {department
          ? `Rename ${displayNameOf(department)}`
          : 'Create department'}
      </DialogHeader>
      <DialogBody>
        <Flex direction="column" gap="3">
          {!department && (
            <TextField
              label="Name"
              description="Catalog name, e.g. data-platform"
              isRequired
              value={name}
              onChange={setName}
              {...form.field('name')}
            />
          )}
          <TextField
            label="Title"
            value={title}
            onChange={setTitle}
            {...form.field('title')}
          />
          {!department && (
            <Select
              label="Parent department"
              options={[
                root,
                ...props.items.map(item => ({
                  id: item.ref,
                  label: displayNameOf(item),
                })),
              ]}
              value={parentRef}
              onChange={key => setParentRef(String(key ?? ''))}
              {...form.field('parentRef')}
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
          {department ? 'Save' : 'Create'}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
