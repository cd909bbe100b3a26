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
  Text,
} from '@backstage/ui';
import { AuthzGroup, groupMembersSchema } from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { useAction } from '../shared/useAction';
import { useFormValidation } from '../shared/useFormValidation';
import { useUserOptions } from '../shared/useOptions';

/** Bulk edit: pick the whole member list at once and replace it. */
export function GroupMembersDialog(props: {
  group: AuthzGroup;
  onClose(): void;
  onSaved(): void;
}) {
  const api = useApi(authzApiRef);
  const users = useUserOptions();
  const [memberRefs, setMemberRefs] = useState(props.group.memberRefs);
  const form = useFormValidation(groupMembersSchema, { memberRefs });
  const action = useAction();

  const save = async () => {
    const request = form.submit();
    if (!request) return;
    const ok = await action.run(
      () => api.setGroupMembers(props.group.ref, request.memberRefs),
      `Members of ${props.group.name} saved`,
    );
    if (ok) props.onSaved();
  };

  return (
    <Dialog isOpen onOpenChange={open => !open && props.onClose()} width={560}>
      <DialogHeader>
        Edit members of {props.group.title ?? props.group.name}
      </DialogHeader>
      <DialogBody>
        <Flex direction="column" gap="3">
          <Select
            label="Members"
            selectionMode="multiple"
            search={{ placeholder: 'Find a user' }}
            options={users}
            value={memberRefs}
            onChange={keys => setMemberRefs(keys.map(String))}
            {...form.field('memberRefs')}
          />
          <Text variant="body-small" color="secondary">
            {memberRefs.length} members selected
          </Text>
          {action.error && <Alert status="danger" icon title={action.error} />}
        </Flex>
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onPress={props.onClose}>
          Cancel
        </Button>
        <Button isPending={action.pending} onPress={save}>
          Save members
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
