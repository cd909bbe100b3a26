import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Alert, Flex, Text } from '@backstage/ui';
import {
  AuthzGroup,
  authzGroupManagePermission,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { CatalogOwnedNote } from '../shared/CatalogOwnedNote';
import { DeleteButton } from '../shared/DeleteButton';
import { DetailPanel, DetailSection } from '../shared/DetailPanel';
import { DialogButton } from '../shared/DialogButton';
import { HolderRolesSection } from '../shared/HolderRolesSection';
import { Loadable } from '../shared/Loadable';
import { PickToAdd } from '../shared/PickToAdd';
import { TagList } from '../shared/TagList';
import { displayNameOf, entityName } from '../shared/refs';
import { useAllowed } from '../shared/useAllowed';
import { DetailPanelCallbacks, useDetail } from '../shared/useDetail';
import { useUserOptions } from '../shared/useOptions';
import { GroupFormDialog } from './GroupFormDialog';
import { GroupMembersDialog } from './GroupMembersDialog';

/**
 * One group: members (remove one, add one, or edit the whole list), roles,
 * and edit/delete.
 */
export function GroupDetailPanel(
  props: {
    groupRef: string;
  } & DetailPanelCallbacks,
) {
  const api = useApi(authzApiRef);
  const canManage = useAllowed(authzGroupManagePermission);
  const users = useUserOptions();
  const detail = useDetail<AuthzGroup, 'edit' | 'members'>(
    props,
    () => api.getGroup(props.groupRef),
    [api, props.groupRef],
  );
  const [newMember, setNewMember] = useState<string | null>(null);
  // The catalog owns its groups' details and members; roles stay editable.
  const editable = canManage && detail.state.value?.source === 'local';

  const addMember = async (group: AuthzGroup, userRef: string) => {
    const ok = await detail.change(
      () => api.addGroupMember(group.ref, userRef),
      `${entityName(userRef)} added`,
    );
    if (ok) setNewMember(null);
  };
  const removeMember = (group: AuthzGroup, userRef: string) =>
    detail.change(
      () => api.removeGroupMember(group.ref, userRef),
      `${entityName(userRef)} removed`,
    );

  return (
    <DetailPanel
      label="Group details"
      title={displayNameOf(detail.state.value ?? { ref: props.groupRef })}
      subtitle={props.groupRef}
      onClose={props.onClose}
    >
      <Loadable state={detail.state}>
        {group => (
          <>
            {group.description && (
              <Text variant="body-small">{group.description}</Text>
            )}
            <DetailSection title={`Members (${group.memberCount})`}>
              <Flex direction="column" gap="2">
                <TagList
                  label="Members"
                  items={group.memberRefs.map(ref => ({
                    id: ref,
                    label: entityName(ref),
                  }))}
                  empty="No members"
                  onRemove={
                    editable
                      ? refs => refs.forEach(ref => removeMember(group, ref))
                      : undefined
                  }
                />
                {editable && (
                  <PickToAdd
                    label="Add member"
                    placeholder="Pick a user"
                    searchPlaceholder="Find a user"
                    options={users.filter(
                      user => !group.memberRefs.includes(user.id),
                    )}
                    picked={newMember}
                    onPick={setNewMember}
                    buttonLabel="Add"
                    onAdd={ref => addMember(group, ref)}
                  />
                )}
              </Flex>
            </DetailSection>
            <HolderRolesSection
              kind="group"
              holder={group}
              onChanged={detail.changed}
            />
            {detail.error && (
              <Alert status="danger" icon title={detail.error} />
            )}
            <CatalogOwnedNote
              source={group.source}
              owns="its details and members"
            />
            {editable && (
              <Flex gap="2">
                <DialogButton
                  dialogs={detail}
                  dialog="members"
                  label="Edit members"
                >
                  <GroupMembersDialog group={group} {...detail.dialogProps} />
                </DialogButton>
                <DialogButton dialogs={detail} dialog="edit" label="Edit">
                  <GroupFormDialog group={group} {...detail.dialogProps} />
                </DialogButton>
                <DeleteButton
                  detail={detail}
                  confirm={{
                    title: `Delete ${displayNameOf(group)}?`,
                    message:
                      'The group, its memberships and its role attachments are removed.',
                    label: 'Delete group',
                  }}
                  send={() => api.deleteGroup(group.ref)}
                  successMessage={`Group ${group.name} deleted`}
                />
              </Flex>
            )}
          </>
        )}
      </Loadable>
    </DetailPanel>
  );
}
