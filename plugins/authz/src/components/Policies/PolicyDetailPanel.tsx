import { useApi } from '@backstage/frontend-plugin-api';
import { Alert, Button, Flex, Text } from '@backstage/ui';
import {
  AuthzPolicy,
  authzPolicyUpdatePermission,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { DeleteButton } from '../shared/DeleteButton';
import { DetailPanel, DetailSection } from '../shared/DetailPanel';
import { DialogButton } from '../shared/DialogButton';
import { JsonPreview } from '../shared/JsonPreview';
import { Loadable } from '../shared/Loadable';
import { ActiveChip } from '../shared/StatusChip';
import { formatTime } from '../shared/time';
import { useAllowed } from '../shared/useAllowed';
import { DetailPanelCallbacks, useDetail } from '../shared/useDetail';
import { exportPolicies } from './exportPolicies';
import { PolicyEditorDialog } from './PolicyEditorDialog';
import { PolicyVersionsDialog } from './PolicyVersionsDialog';

/** One policy: its document, roles and history, with edit/export/delete. */
export function PolicyDetailPanel(
  props: {
    policyId: string;
    roleName(id: string): string;
  } & DetailPanelCallbacks,
) {
  const api = useApi(authzApiRef);
  const canUpdate = useAllowed(authzPolicyUpdatePermission);
  const detail = useDetail<AuthzPolicy, 'edit' | 'versions'>(
    props,
    () => api.getPolicy(props.policyId),
    [api, props.policyId],
  );
  const { state } = detail;

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
            {detail.error && (
              <Alert status="danger" icon title={detail.error} />
            )}
            <Flex gap="2" style={{ flexWrap: 'wrap' }}>
              {canUpdate && (
                <DialogButton dialogs={detail} dialog="edit" label="Edit">
                  <PolicyEditorDialog policy={policy} {...detail.dialogProps} />
                </DialogButton>
              )}
              <DialogButton dialogs={detail} dialog="versions" label="Versions">
                <PolicyVersionsDialog
                  policy={policy}
                  onClose={detail.closeDialog}
                />
              </DialogButton>
              <Button
                variant="secondary"
                onPress={() =>
                  detail.action.run(() => exportPolicies(api, [policy.id]))
                }
              >
                Export
              </Button>
              {canUpdate && (
                <DeleteButton
                  detail={detail}
                  confirm={{
                    title: `Delete policy ${policy.name}?`,
                    message:
                      'The policy is detached from its roles and deleted. This cannot be undone.',
                    label: 'Delete policy',
                  }}
                  send={() => api.deletePolicy(policy.id)}
                  successMessage={`Policy ${policy.name} deleted`}
                />
              )}
            </Flex>
          </>
        )}
      </Loadable>
    </DetailPanel>
  );
}
