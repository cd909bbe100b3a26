import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex, Select } from '@backstage/ui';
import {
  workspaceMemberInputSchema,
  workspaceRoles,
  WorkspaceRole,
} from '@internal/plugin-ai-ops-common';
import {
  asOptions,
  ErrorNote,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { Guarded } from './Guarded';
import { PrincipalPicker } from './PrincipalPicker';

/** A user or group picked from the catalog (or a pasted ref) and a role. */
export function AddMemberForm(props: {
  workspace: string;
  /** Set when the user may not manage members. */
  disabledReason?: string;
  onAdded(): void;
}) {
  const api = useApi(aiOpsApiRef);
  const form = useSchemaForm({
    schema: workspaceMemberInputSchema,
    initial: { principal: '', role: 'viewer' as WorkspaceRole },
    toRequest: values => ({
      principal: values.principal.trim(),
      role: values.role,
    }),
  });
  const submit = useSubmit({
    form,
    send: member =>
      api.putMember(props.workspace, member.principal, member.role),
    done: 'Member saved',
    onSaved: () => {
      form.set('principal', '');
      props.onAdded();
    },
  });
  const disabled = props.disabledReason !== undefined;
  return (
    <Flex direction="column" gap="2">
      <Flex gap="2" align="end" style={{ flexWrap: 'wrap' }}>
        <PrincipalPicker
          label="User or group"
          isDisabled={disabled}
          {...form.field('principal')}
        />
        <Select
          label="Role"
          options={asOptions(workspaceRoles)}
          value={form.values.role}
          isDisabled={disabled}
          onChange={key => form.set('role', key as WorkspaceRole)}
        />
        <Guarded reason={props.disabledReason}>
          <Button
            variant="secondary"
            isDisabled={disabled}
            isPending={submit.pending}
            onPress={submit.onPress}
          >
            Add member
          </Button>
        </Guarded>
      </Flex>
      <ErrorNote message={submit.error} />
    </Flex>
  );
}
