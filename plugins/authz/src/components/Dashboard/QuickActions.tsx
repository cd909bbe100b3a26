import { Flex } from '@backstage/ui';
import {
  authzPolicyUpdatePermission,
  authzRoleManagePermission,
  authzUserManagePermission,
} from '@internal/plugin-authz-common';
import { UserFormDialog } from '../Users/UserFormDialog';
import { RoleFormDialog } from '../Roles/RoleFormDialog';
import { PolicyEditorDialog } from '../Policies/PolicyEditorDialog';
import { CreateButton } from '../shared/CreateButton';
import { useAllowed } from '../shared/useAllowed';

/** Create a user, role or policy with the same dialogs their pages use. */
export function QuickActions(props: { onCreated(): void }) {
  const canUsers = useAllowed(authzUserManagePermission);
  const canRoles = useAllowed(authzRoleManagePermission);
  const canPolicies = useAllowed(authzPolicyUpdatePermission);
  // All three refresh the dashboard's numbers after a create.
  const button = { variant: 'secondary', onCreated: props.onCreated } as const;
  return (
    <Flex gap="2" direction="column">
      <CreateButton label="Create user" isDisabled={!canUsers} {...button}>
        {dialogProps => <UserFormDialog {...dialogProps} />}
      </CreateButton>
      <CreateButton label="Create role" isDisabled={!canRoles} {...button}>
        {dialogProps => <RoleFormDialog {...dialogProps} />}
      </CreateButton>
      <CreateButton label="Create policy" isDisabled={!canPolicies} {...button}>
        {dialogProps => <PolicyEditorDialog {...dialogProps} />}
      </CreateButton>
    </Flex>
  );
}
