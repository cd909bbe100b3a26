import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Button,
  Cell,
  CellText,
  ColumnConfig,
  Flex,
  Select,
  Text,
} from '@backstage/ui';
import {
  aiOpsWorkspaceManagePermission,
  WorkspaceMember,
  workspaceRoles,
  WorkspaceRole,
} from '@internal/plugin-ai-ops-common';
import {
  asOptions,
  AsyncView,
  ErrorNote,
  ListTable,
  Panel,
  TimeCell,
  useDialog,
  useMutation,
  withIds,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { ConfirmDeleteDialog } from '../shared/ConfirmDeleteDialog';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { useWorkspacePermission } from '../workspace/useWorkspacePermission';
import { AddMemberForm } from './AddMemberForm';
import { Guarded } from './Guarded';

/**
 * Who may work in the workspace: users and groups with a role (viewer,
 * editor, admin, each including the ones before). Add, change, remove.
 */
export function MembersPanel() {
  const api = useApi(aiOpsApiRef);
  const workspace = useWorkspace();
  const manage = useWorkspacePermission(aiOpsWorkspaceManagePermission);
  const members = useAsyncRetry(
    () => api.listMembers(workspace),
    [api, workspace],
  );
  const change = useMutation();
  const removal = useDialog<WorkspaceMember>(members.retry);
  const doomed = removal.subject;

  const setRole = async (member: WorkspaceMember, role: WorkspaceRole) => {
    const done = await change.run(
      () => api.putMember(workspace, member.principal, role),
      `${member.principal} is now ${role}`,
    );
    if (done) members.retry();
  };

  const columns: ColumnConfig<WorkspaceMember & { id: string }>[] = [
    {
      id: 'principal',
      label: 'Member',
      isRowHeader: true,
      cell: m => <CellText title={m.principal} />,
    },
    {
      id: 'role',
      label: 'Role',
      cell: m => (
        <Cell>
          <Guarded reason={manage.reason}>
            <Select
              aria-label={`Role of ${m.principal}`}
              options={asOptions(workspaceRoles)}
              value={m.role}
              isDisabled={!manage.allowed}
              onChange={key => setRole(m, key as WorkspaceRole)}
            />
          </Guarded>
        </Cell>
      ),
    },
    {
      id: 'added',
      label: 'Added',
      cell: m => <TimeCell at={m.addedAt} />,
    },
    { id: 'by', label: 'By', cell: m => <CellText title={m.addedBy} /> },
    {
      id: 'remove',
      label: '',
      cell: m => (
        <Cell>
          <Guarded reason={manage.reason}>
            <Button
              size="small"
              variant="secondary"
              destructive
              aria-label={`Remove ${m.principal}`}
              isDisabled={!manage.allowed}
              onPress={() => removal.open(m)}
            >
              Remove
            </Button>
          </Guarded>
        </Cell>
      ),
    },
  ];

  return (
    <Panel title="Members" subtitle="viewer ⊂ editor ⊂ admin">
      <Flex direction="column" gap="3">
        <AddMemberForm
          workspace={workspace}
          disabledReason={manage.reason}
          onAdded={members.retry}
        />
        <ErrorNote message={change.error} />
        <AsyncView result={members}>
          {page => (
            <ListTable
              columns={columns}
              rows={withIds(page.items, m => m.principal)}
              empty="No members: only policy grants reach this workspace."
            />
          )}
        </AsyncView>
      </Flex>
      {doomed ? (
        <ConfirmDeleteDialog
          what={`member ${doomed.principal}`}
          remove={() => api.removeMember(workspace, doomed.principal)}
          onCancel={removal.close}
          onDeleted={removal.finish}
        >
          <Text as="p">
            {`${doomed.principal} loses the ${doomed.role} role here; what they made stays.`}
          </Text>
        </ConfirmDeleteDialog>
      ) : null}
    </Panel>
  );
}
