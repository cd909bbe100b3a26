import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Alert,
  Button,
  Flex,
  Select,
  Tag,
  TagGroup,
  Text,
} from '@backstage/ui';
import {
  AuthzGroup,
  authzGroupManagePermission,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { CatalogOwnedNote } from '../shared/CatalogOwnedNote';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { DetailPanel, DetailSection } from '../shared/DetailPanel';
import { HolderRolesEditor } from '../shared/HolderRolesEditor';
import { Loadable } from '../shared/Loadable';
import { displayNameOf, entityName } from '../shared/refs';
import { useAction } from '../shared/useAction';
import { useAllowed } from '../shared/useAllowed';
import { useUserOptions } from '../shared/useOptions';
import { GroupFormDialog } from './GroupFormDialog';
import { GroupMembersDialog } from './GroupMembersDialog';

/**
 * One group: members (remove one, add one, or edit the whole list), roles,
 * and edit/delete.
 */
export function GroupDetailPanel(props: {
  groupRef: string;
  onClose(): void;
  onChanged(): void;
}) {
  const api = useApi(authzApiRef);
  const canManage = useAllowed(authzGroupManagePermission);
  const users = useUserOptions();
  const state = useAsyncRetry(
    () => api.getGroup(props.groupRef),
    [api, props.groupRef],
  );
  // The catalog owns its groups' details and members; roles stay editable.
  const editable = canManage && state.value?.source === 'local';
  const [dialog, setDialog] = useState<'edit' | 'members' | 'delete'>();
  const [newMember, setNewMember] = useState<string | null>(null);
  const action = useAction();

  const changed = () => {
    setDialog(undefined);
    state.retry();
    props.onChanged();
  };
  const addMember = (group: AuthzGroup, userRef: string) =>
    action
      .run(
        () => api.addGroupMember(group.ref, userRef),
        `${entityName(userRef)} added`,
      )
      .then(ok => {
        if (!ok) return;
        setNewMember(null);
        changed();
      });
  const removeMember = (group: AuthzGroup, userRef: string) =>
    action
      .run(
        () => api.removeGroupMember(group.ref, userRef),
        `${entityName(userRef)} removed`,
      )
      .then(ok => ok && changed());
  const remove = (group: AuthzGroup) =>
    action
      .run(() => api.deleteGroup(group.ref), `Group ${group.name} deleted`)
      .then(ok => {
        if (!ok) return;
        props.onChanged();
        props.onClose();
      });

  return (
    <DetailPanel
      label="Group details"
      title={
        state.value ? displayNameOf(state.value) : entityName(props.groupRef)
      }
      subtitle={props.groupRef}
      onClose={props.onClose}
    >
      <Loadable state={state}>
        {group => (
          <>
            {group.description && (
              <Text variant="body-small">{group.description}</Text>
            )}
            <DetailSection title={`Members (${group.memberCount})`}>
              <Flex direction="column" gap="2">
                {group.memberRefs.length === 0 ? (
                  <Text variant="body-small" color="secondary">
                    No members
                  </Text>
                ) : (
                  <TagGroup
                    aria-label="Members"
                    onRemove={
                      editable
                        ? keys =>
                            keys.forEach(key =>
                              removeMember(group, String(key)),
                            )
                        : undefined
                    }
                  >
                    {group.memberRefs.map(ref => (
                      <Tag key={ref} id={ref}>
                        {entityName(ref)}
                      </Tag>
                    ))}
                  </TagGroup>
                )}
                {editable && (
                  <Flex gap="2" align="end">
                    <Select
                      label="Add member"
                      placeholder="Pick a user"
                      search={{ placeholder: 'Find a user' }}
                      options={users.filter(
                        user => !group.memberRefs.includes(user.id),
                      )}
                      value={newMember}
                      onChange={key =>
                        setNewMember(key === null ? null : String(key))
                      }
                    />
                    <Button
                      variant="secondary"
                      isDisabled={!newMember}
                      onPress={() => newMember && addMember(group, newMember)}
                    >
                      Add
                    </Button>
                  </Flex>
                )}
              </Flex>
            </DetailSection>
            <DetailSection title="Roles">
              <HolderRolesEditor
                kind="group"
                holderRef={group.ref}
                roleIds={group.roleIds}
                onChanged={changed}
              />
            </DetailSection>
            {action.error && dialog !== 'delete' && (
              <Alert status="danger" icon title={action.error} />
            )}
            {group.source === 'catalog' && (
              <CatalogOwnedNote owns="its details and members" />
            )}
            {editable && (
              <Flex gap="2">
                <Button
                  variant="secondary"
                  onPress={() => setDialog('members')}
                >
                  Edit members
                </Button>
                <Button variant="secondary" onPress={() => setDialog('edit')}>
                  Edit
                </Button>
                <Button
                  variant="secondary"
                  destructive
                  onPress={() => setDialog('delete')}
                >
                  Delete
                </Button>
              </Flex>
            )}
            {dialog === 'edit' && (
              <GroupFormDialog
                group={group}
                onClose={() => setDialog(undefined)}
                onSaved={changed}
              />
            )}
            {dialog === 'members' && (
              <GroupMembersDialog
                group={group}
                onClose={() => setDialog(undefined)}
                onSaved={changed}
              />
            )}
            <ConfirmDialog
              open={dialog === 'delete'}
              title={`Delete ${displayNameOf(group)}?`}
              message="The group, its memberships and its role attachments are removed."
              confirmLabel="Delete group"
              pending={action.pending}
              error={action.error}
              onConfirm={() => remove(group)}
              onClose={() => setDialog(undefined)}
            />
          </>
        )}
      </Loadable>
    </DetailPanel>
  );
}
