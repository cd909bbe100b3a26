import { useState } from 'react';
import { Button, Flex } from '@backstage/ui';
import {
  authzPolicyUpdatePermission,
  authzRoleManagePermission,
  authzUserManagePermission,
} from '@internal/plugin-authz-common';
import { UserFormDialog } from '../Users/UserFormDialog';
import { RoleFormDialog } from '../Roles/RoleFormDialog';
import { PolicyEditorDialog } from '../Policies/PolicyEditorDialog';
import { useAllowed } from '../shared/useAllowed';

type Dialog = 'user' | 'role' | 'policy';

/** Create a user, role or policy with the same dialogs their pages use. */
export function QuickActions(props: { onCreated(): void }) {
  const [open, setOpen] = useState<Dialog>();
  const canUsers = useAllowed(authzUserManagePermission);
  const canRoles = useAllowed(authzRoleManagePermission);
  const canPolicies = useAllowed(authzPolicyUpdatePermission);
  const close = () => setOpen(undefined);
  const created = () => {
    close();
    props.onCreated();
  };
  return (
    <Flex gap="2" direction="column">
      <Button
        variant="secondary"
        isDisabled={!canUsers}
        onPress={() => setOpen('user')}
      >
        Create user
      </Button>
      <Button
        variant="secondary"
        isDisabled={!canRoles}
        onPress={() => setOpen('role')}
      >
        Create role
      </Button>
      <Button
        variant="secondary"
        isDisabled={!canPolicies}
        onPress={() => setOpen('policy')}
      >
        Create policy
      </Button>
      {open === 'user' && <UserFormDialog onClose={close} onSaved={created} />}
      {open === 'role' && <RoleFormDialog onClose={close} onSaved={created} />}
      {open === 'policy' && (
        <PolicyEditorDialog onClose={close} onSaved={created} />
      )}
    </Flex>
  );
}
