import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Text } from '@backstage/ui';
import { AuthzGroup, groupMembersSchema } from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { FormDialog, SavingDialogProps } from '../shared/FormDialog';
import { MultiSelect } from '../shared/MultiSelect';
import { useFormValidation } from '../shared/useFormValidation';
import { useUserOptions } from '../shared/useOptions';
import { useSaveAction } from '../shared/useSaveAction';

/** Bulk edit: pick the whole member list at once and replace it. */
export function GroupMembersDialog(
  props: { group: AuthzGroup } & SavingDialogProps,
) {
  const api = useApi(authzApiRef);
  const users = useUserOptions();
  const [memberRefs, setMemberRefs] = useState(props.group.memberRefs);
  const form = useFormValidation(groupMembersSchema, { memberRefs });
  const action = useSaveAction(props.onSaved);

  const save = () =>
    action.save(
      form,
      request => api.setGroupMembers(props.group.ref, request.memberRefs),
      `Members of ${props.group.name} saved`,
    );

  return (
    <FormDialog
      title={`Edit members of ${props.group.title ?? props.group.name}`}
      width={560}
      action={action}
      submit={{ label: 'Save members', onPress: save }}
      onClose={props.onClose}
    >
      <MultiSelect
        label="Members"
        searchPlaceholder="Find a user"
        options={users}
        value={memberRefs}
        onChange={setMemberRefs}
        {...form.field('memberRefs')}
      />
      <Text variant="body-small" color="secondary">
        {memberRefs.length} members selected
      </Text>
    </FormDialog>
  );
}
