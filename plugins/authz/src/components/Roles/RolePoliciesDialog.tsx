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
import type { AuthzRole } from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { useAction } from '../shared/useAction';
import { usePolicyOptions } from '../shared/useOptions';

/** Pick the role's policies; saving attaches the new ones and detaches the dropped ones. */
export function RolePoliciesDialog(props: {
  role: AuthzRole;
  onClose(): void;
  onSaved(): void;
}) {
  const api = useApi(authzApiRef);
  const policies = usePolicyOptions();
  const { role } = props;
  const [picked, setPicked] = useState(role.policyIds);
  const action = useAction();
  const added = picked.filter(id => !role.policyIds.includes(id));
  const removed = role.policyIds.filter(id => !picked.includes(id));

  const save = async () => {
    const ok = await action.run(async () => {
      if (added.length > 0) await api.attachRolePolicies(role.id, added);
      if (removed.length > 0) await api.detachRolePolicies(role.id, removed);
    }, `Policies of ${role.name} saved`);
    if (ok) props.onSaved();
  };

  return (
    <Dialog isOpen onOpenChange={open => !open && props.onClose()} width={520}>
      <DialogHeader>Policies of {role.name}</DialogHeader>
      <DialogBody>
        <Flex direction="column" gap="3">
          <Select
            label="Policies"
            selectionMode="multiple"
            search={{ placeholder: 'Find a policy' }}
            options={policies}
            value={picked}
            onChange={keys => setPicked(keys.map(String))}
          />
          <Text variant="body-small" color="secondary">
            {added.length} to attach · {removed.length} to detach
          </Text>
          {action.error && <Alert status="danger" icon title={action.error} />}
        </Flex>
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onPress={props.onClose}>
          Cancel
        </Button>
        <Button
          isPending={action.pending}
          isDisabled={added.length + removed.length === 0}
          onPress={save}
        >
          Save policies
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
