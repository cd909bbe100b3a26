import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Text } from '@backstage/ui';
import type { AuthzRole } from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { FormDialog, SavingDialogProps } from '../shared/FormDialog';
import { MultiSelect } from '../shared/MultiSelect';
import { useAction } from '../shared/useAction';
import { usePolicyOptions } from '../shared/useOptions';

/** Pick the role's policies; saving attaches the new ones and detaches the dropped ones. */
export function RolePoliciesDialog(
  props: { role: AuthzRole } & SavingDialogProps,
) {
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
    <FormDialog
      title={`Policies of ${role.name}`}
      width={520}
      action={action}
      submit={{
        label: 'Save policies',
        isDisabled: added.length + removed.length === 0,
        onPress: save,
      }}
      onClose={props.onClose}
    >
      <MultiSelect
        label="Policies"
        searchPlaceholder="Find a policy"
        options={policies}
        value={picked}
        onChange={setPicked}
      />
      <Text variant="body-small" color="secondary">
        {added.length} to attach · {removed.length} to detach
      </Text>
    </FormDialog>
  );
}
