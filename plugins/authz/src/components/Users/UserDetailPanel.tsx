import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Alert,
  Button,
  Flex,
  Switch,
  Tag,
  TagGroup,
  Text,
} from '@backstage/ui';
import {
  AuthzUser,
  authzUserManagePermission,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { CatalogOwnedNote } from '../shared/CatalogOwnedNote';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { DetailPanel, DetailSection } from '../shared/DetailPanel';
import { HolderRolesEditor } from '../shared/HolderRolesEditor';
import { Loadable } from '../shared/Loadable';
import { displayNameOf, entityName } from '../shared/refs';
import { formatTime } from '../shared/time';
import { useAction } from '../shared/useAction';
import { useAllowed } from '../shared/useAllowed';
import { UserFormDialog } from './UserFormDialog';

/**
 * One user: groups, department, roles (attach/detach), last login, and the
 * status switch. `onChanged` lets the list refresh after any change here.
 */
export function UserDetailPanel(props: {
  userRef: string;
  onClose(): void;
  onChanged(): void;
}) {
  const api = useApi(authzApiRef);
  const canManage = useAllowed(authzUserManagePermission);
  const state = useAsyncRetry(
    () => api.getUser(props.userRef),
    [api, props.userRef],
  );
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const action = useAction();

  const changed = () => {
    state.retry();
    props.onChanged();
  };
  const toggleStatus = (user: AuthzUser, active: boolean) =>
    action
      .run(
        () =>
          api.updateUser(user.ref, { status: active ? 'active' : 'disabled' }),
        `${user.name} ${active ? 'activated' : 'disabled'}`,
      )
      .then(ok => ok && changed());
  const remove = (user: AuthzUser) =>
    action
      .run(() => api.deleteUser(user.ref), `User ${user.name} deleted`)
      .then(ok => {
        if (!ok) return;
        props.onChanged();
        props.onClose();
      });

  return (
    <DetailPanel
      label="User details"
      title={
        state.value ? displayNameOf(state.value) : entityName(props.userRef)
      }
      subtitle={props.userRef}
      onClose={props.onClose}
    >
      <Loadable state={state}>
        {user => (
          <>
            <Switch
              label={user.status === 'active' ? 'Active' : 'Disabled'}
              aria-label="User active"
              isSelected={user.status === 'active'}
              isDisabled={!canManage || action.pending}
              onChange={active => toggleStatus(user, active)}
            />
            <DetailSection title="Email">
              <Text variant="body-small">{user.email ?? '—'}</Text>
            </DetailSection>
            <DetailSection title="Department">
              <Text variant="body-small">
                {user.departmentRef ? entityName(user.departmentRef) : '—'}
              </Text>
            </DetailSection>
            <DetailSection title="Groups">
              {user.groupRefs.length === 0 ? (
                <Text variant="body-small" color="secondary">
                  No groups
                </Text>
              ) : (
                <TagGroup aria-label="Groups of the user">
                  {user.groupRefs.map(ref => (
                    <Tag key={ref} id={ref}>
                      {entityName(ref)}
                    </Tag>
                  ))}
                </TagGroup>
              )}
            </DetailSection>
            <DetailSection title="Roles">
              <HolderRolesEditor
                kind="user"
                holderRef={user.ref}
                roleIds={user.roleIds}
                onChanged={changed}
              />
            </DetailSection>
            <DetailSection title="Last login">
              <Text variant="body-small">{formatTime(user.lastLoginAt)}</Text>
            </DetailSection>
            <Text variant="body-x-small" color="secondary">
              Source: {user.source} · created {formatTime(user.createdAt)}
            </Text>
            {action.error && !deleting && (
              <Alert status="danger" icon title={action.error} />
            )}
            {user.source === 'catalog' && (
              <CatalogOwnedNote owns="the profile, department and groups; disable the user instead of deleting it" />
            )}
            {canManage && user.source === 'local' && (
              <Flex gap="2">
                <Button variant="secondary" onPress={() => setEditing(true)}>
                  Edit
                </Button>
                <Button
                  variant="secondary"
                  destructive
                  onPress={() => setDeleting(true)}
                >
                  Delete
                </Button>
              </Flex>
            )}
            {editing && (
              <UserFormDialog
                user={user}
                onClose={() => setEditing(false)}
                onSaved={() => {
                  setEditing(false);
                  changed();
                }}
              />
            )}
            <ConfirmDialog
              open={deleting}
              title={`Delete ${user.name}?`}
              message="The user and their role attachments are removed. This cannot be undone."
              confirmLabel="Delete user"
              pending={action.pending}
              error={action.error}
              onConfirm={() => remove(user)}
              onClose={() => setDeleting(false)}
            />
          </>
        )}
      </Loadable>
    </DetailPanel>
  );
}
