import { useApi } from '@backstage/frontend-plugin-api';
import { Alert, Flex, Switch, Text } from '@backstage/ui';
import {
  AuthzUser,
  authzUserManagePermission,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { CatalogOwnedNote } from '../shared/CatalogOwnedNote';
import { DeleteButton } from '../shared/DeleteButton';
import { DetailPanel, DetailSection } from '../shared/DetailPanel';
import { DialogButton } from '../shared/DialogButton';
import { HolderRolesSection } from '../shared/HolderRolesSection';
import { Loadable } from '../shared/Loadable';
import { TagList } from '../shared/TagList';
import { displayNameOf, entityName } from '../shared/refs';
import { formatTime } from '../shared/time';
import { useAllowed } from '../shared/useAllowed';
import { DetailPanelCallbacks, useDetail } from '../shared/useDetail';
import { UserFormDialog } from './UserFormDialog';

/**
 * One user: groups, department, roles (attach/detach), last login, and the
 * status switch. `onChanged` lets the list refresh after any change here.
 */
export function UserDetailPanel(
  props: {
    userRef: string;
  } & DetailPanelCallbacks,
) {
  const api = useApi(authzApiRef);
  const canManage = useAllowed(authzUserManagePermission);
  const detail = useDetail<AuthzUser, 'edit'>(
    props,
    () => api.getUser(props.userRef),
    [api, props.userRef],
  );

  const toggleStatus = (user: AuthzUser, active: boolean) =>
    detail.change(
      () =>
        api.updateUser(user.ref, { status: active ? 'active' : 'disabled' }),
      `${user.name} ${active ? 'activated' : 'disabled'}`,
    );

  return (
    <DetailPanel
      label="User details"
      title={displayNameOf(detail.state.value ?? { ref: props.userRef })}
      subtitle={props.userRef}
      onClose={props.onClose}
    >
      <Loadable state={detail.state}>
        {user => (
          <>
            <Switch
              label={user.status === 'active' ? 'Active' : 'Disabled'}
              aria-label="User active"
              isSelected={user.status === 'active'}
              isDisabled={!canManage || detail.action.pending}
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
              <TagList
                label="Groups of the user"
                items={user.groupRefs.map(ref => ({
                  id: ref,
                  label: entityName(ref),
                }))}
                empty="No groups"
              />
            </DetailSection>
            <HolderRolesSection
              kind="user"
              holder={user}
              onChanged={detail.changed}
            />
            <DetailSection title="Last login">
              <Text variant="body-small">{formatTime(user.lastLoginAt)}</Text>
            </DetailSection>
            <Text variant="body-x-small" color="secondary">
              Source: {user.source} · created {formatTime(user.createdAt)}
            </Text>
            {detail.error && (
              <Alert status="danger" icon title={detail.error} />
            )}
            <CatalogOwnedNote
              source={user.source}
              owns="the profile, department and groups; disable the user instead of deleting it"
            />
            {canManage && user.source === 'local' && (
              <Flex gap="2">
                <DialogButton dialogs={detail} dialog="edit" label="Edit">
                  <UserFormDialog user={user} {...detail.dialogProps} />
                </DialogButton>
                <DeleteButton
                  detail={detail}
                  confirm={{
                    title: `Delete ${user.name}?`,
                    message:
                      'The user and their role attachments are removed. This cannot be undone.',
                    label: 'Delete user',
                  }}
                  send={() => api.deleteUser(user.ref)}
                  successMessage={`User ${user.name} deleted`}
                />
              </Flex>
            )}
          </>
        )}
      </Loadable>
    </DetailPanel>
  );
}
