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
  TextAreaField,
  TextField,
} from '@backstage/ui';
import {
  AuthzGroup,
  createGroupSchema,
  updateGroupSchema,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { useAction } from '../shared/useAction';
import { useFormValidation } from '../shared/useFormValidation';
import { withoutBlanks } from '../shared/validateRequest';

/** Create a group, or edit its title and description. Mounted while open. */
export function GroupFormDialog(props: {
  group?: AuthzGroup;
  onClose(): void;
  onSaved(): void;
}) {
  const api = useApi(authzApiRef);
  const { group } = props;
  const [name, setName] = useState(group?.name ?? '');
  const [title, setTitle] = useState(group?.title ?? '');
  const [description, setDescription] = useState(group?.description ?? '');
  const details = withoutBlanks({ title, description });
  const create = useFormValidation(createGroupSchema, { name, ...details });
  const update = useFormValidation(updateGroupSchema, details);
  const form = group ? update : create;
  const action = useAction();

  const save = async () => {
    if (group) {
      const request = update.submit();
      if (!request) return;
      const ok = await action.run(
        () => api.updateGroup(group.ref, request),
        `Group ${group.name} saved`,
      );
      if (ok) props.onSaved();
    } else {
      const request = create.submit();
      if (!request) return;
      const ok = await action.run(
        () => api.createGroup(request),
        `Group ${request.name} created`,
      );
      if (ok) props.onSaved();
    }
  };

  return (
    <Dialog isOpen onOpenChange={open => !open && props.onClose()} width={520}>
      <DialogHeader>{group ? 'Edit group' : 'Create group'}</DialogHeader>
      <DialogBody>
        <Flex direction="column" gap="3">
          {!group && (
            <TextField
              label="Name"
              description="Catalog name, e.g. platform-team"
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
          <TextAreaField
            label="Description"
            value={description}
            onChange={setDescription}
            {...form.field('description')}
          />
          {action.error && <Alert status="danger" icon title={action.error} />}
        </Flex>
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onPress={props.onClose}>
          Cancel
        </Button>
        <Button isPending={action.pending} onPress={save}>
          {group ? 'Save' : 'Create'}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
