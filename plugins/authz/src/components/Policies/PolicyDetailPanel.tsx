import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Alert, Button, Flex, Text } from '@backstage/ui';
import {
  AuthzPolicy,
  authzPolicyUpdatePermission,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { DetailPanel, DetailSection } from '../shared/DetailPanel';
import { JsonPreview } from '../shared/JsonPreview';
import { Loadable } from '../shared/Loadable';
import { ActiveChip } from '../shared/StatusChip';
import { formatTime } from '../shared/time';
import { useAction } from '../shared/useAction';
import { useAllowed } from '../shared/useAllowed';
import { exportPolicies } from './exportPolicies';
import { PolicyEditorDialog } from './PolicyEditorDialog';
import { PolicyVersionsDialog } from './PolicyVersionsDialog';

/** One policy: its document, roles and history, with edit/export/delete. */
export function PolicyDetailPanel(props: {
  policyId: string;
  roleName(id: string): string;
  onClose(): void;
  onChanged(): void;
}) {
  const api = useApi(authzApiRef);
  const canUpdate = useAllowed(authzPolicyUpdatePermission);
  const state = useAsyncRetry(
    () => api.getPolicy(props.policyId),
    [api, props.policyId],
  );
  const [dialog, setDialog] = useState<'edit' | 'versions' | 'delete'>();
  const action = useAction();
  const changed = () => {
    setDialog(undefined);
    state.retry();
    props.onChanged();
  };
  const remove = (policy: AuthzPolicy) =>
    action
      .run(() => api.deletePolicy(policy.id), `Policy ${policy.name} deleted`)
      .then(ok => {
        if (!ok) return;
        props.onChanged();
        props.onClose();
      });

  return (
    <DetailPanel
      label="Policy details"
      title={state.value?.name ?? props.policyId}
      subtitle={state.value ? `v${state.value.version}` : undefined}
      onClose={props.onClose}
    >
      <Loadable state={state}>
        {policy => (
          <>
            <Flex gap="3" align="center">
              <ActiveChip active={policy.active} />
              <Text variant="body-x-small" color="secondary">
                updated {formatTime(policy.updatedAt)}
                {policy.updatedBy && ` by ${policy.updatedBy}`}
              </Text>
            </Flex>
            {policy.description && (
              <Text variant="body-small">{policy.description}</Text>
            )}
            <DetailSection title="Roles">
              <Text variant="body-small">
                {policy.roleIds.map(props.roleName).join(', ') ||
                  'Not attached to any role'}
              </Text>
            </DetailSection>
            <DetailSection title="Document">
              <JsonPreview label="Policy document" value={policy.document} />
            </DetailSection>
            {action.error && dialog !== 'delete' && (
              <Alert status="danger" icon title={action.error} />
            )}
            <Flex gap="2" style={{ flexWrap: 'wrap' }}>
              {canUpdate && (
                <Button variant="secondary" onPress={() => setDialog('edit')}>
                  Edit
                </Button>
              )}
              <Button variant="secondary" onPress={() => setDialog('versions')}>
                Versions
              </Button>
              <Button
                variant="secondary"
                onPress={() =>
                  action.run(() => exportPolicies(api, [policy.id]))
                }
              >
                Export
              </Button>
              {canUpdate && (
                <Button
                  variant="secondary"
                  destructive
                  onPress={() => setDialog('delete')}
                >
                  Delete
                </Button>
              )}
            </Flex>
            {dialog === 'edit' && (
              <PolicyEditorDialog
                policy={policy}
                onClose={() => setDialog(undefined)}
                onSaved={changed}
              />
            )}
            {dialog === 'versions' && (
              <PolicyVersionsDialog
                policy={policy}
                onClose={() => setDialog(undefined)}
              />
            )}
            <ConfirmDialog
              open={dialog === 'delete'}
              title={`Delete policy ${policy.name}?`}
              message="The policy is detached from its roles and deleted. This cannot be undone."
              confirmLabel="Delete policy"
              pending={action.pending}
              error={action.error}
              onConfirm={() => remove(policy)}
              onClose={() => setDialog(undefined)}
            />
          </>
        )}
      </Loadable>
    </DetailPanel>
  );
}
