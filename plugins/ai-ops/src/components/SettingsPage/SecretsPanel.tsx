import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Button,
  Cell,
  CellText,
  ColumnConfig,
  Flex,
  Text,
} from '@backstage/ui';
import {
  aiOpsConnectionUpdatePermission,
  aiOpsSecretRevealPermission,
  WorkspaceSecret,
} from '@internal/plugin-ai-ops-common';
import {
  AsyncView,
  ListTable,
  Panel,
  TimeCell,
  useDialog,
  withIds,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { ConfirmDeleteDialog } from '../shared/ConfirmDeleteDialog';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { useWorkspacePermission } from '../workspace/useWorkspacePermission';
import { Guarded } from './Guarded';
import { RevealSecretDialog } from './RevealSecretDialog';
import { SecretAccessLogDialog } from './SecretAccessLogDialog';
import { SecretValueDialog } from './SecretValueDialog';

type Row = WorkspaceSecret & { id: string };
type Dialog =
  | { kind: 'set'; secret?: WorkspaceSecret }
  | { kind: 'reveal' | 'log' | 'delete'; secret: WorkspaceSecret };

/**
 * Workspace secrets that connections name by `secretRef`: names for
 * everyone, values set by workspace admins and revealed (for 30 s, logged)
 * only with `ai-ops.secret.reveal`, who also see each secret's access log.
 */
export function SecretsPanel() {
  const api = useApi(aiOpsApiRef);
  const workspace = useWorkspace();
  const update = useWorkspacePermission(aiOpsConnectionUpdatePermission);
  const reveal = useWorkspacePermission(aiOpsSecretRevealPermission);
  const secrets = useAsyncRetry(
    () => api.listSecrets(workspace),
    [api, workspace],
  );
  const dialog = useDialog<Dialog>(secrets.retry);
  const open = dialog.subject;

  const action = (
    label: string,
    s: WorkspaceSecret,
    kind: Dialog['kind'],
    allowed: boolean,
  ) => (
    <Button
      size="small"
      variant="secondary"
      destructive={kind === 'delete'}
      isDisabled={!allowed}
      aria-label={`${label} ${s.name}`}
      onPress={() => dialog.open({ kind, secret: s } as Dialog)}
    >
      {label}
    </Button>
  );
  const columns: ColumnConfig<Row>[] = [
    {
      id: 'name',
      label: 'Name',
      isRowHeader: true,
      cell: s => <CellText title={s.name} description={s.description} />,
    },
    {
      id: 'updated',
      label: 'Updated',
      cell: s => <TimeCell at={s.updatedAt} />,
    },
    { id: 'by', label: 'By', cell: s => <CellText title={s.updatedBy} /> },
    {
      id: 'actions',
      label: '',
      cell: s => (
        <Cell>
          <Flex gap="1">
            {action('Set value', s, 'set', update.allowed)}
            {reveal.allowed ? action('Reveal', s, 'reveal', true) : null}
            {reveal.allowed ? action('Access log', s, 'log', true) : null}
            {action('Delete', s, 'delete', update.allowed)}
          </Flex>
        </Cell>
      ),
    },
  ];

  return (
    <Panel
      title="Secrets"
      subtitle="passwords, tokens and keys connections name by secretRef; stored encrypted"
      actions={
        <Guarded reason={update.reason}>
          <Button
            variant="primary"
            size="small"
            isDisabled={!update.allowed}
            onPress={() => dialog.open({ kind: 'set' })}
          >
            New secret
          </Button>
        </Guarded>
      }
    >
      <AsyncView result={secrets}>
        {({ items }) => (
          <ListTable
            columns={columns}
            rows={withIds(items, s => s.name)}
            empty="No secrets"
          />
        )}
      </AsyncView>
      {open?.kind === 'set' ? (
        <SecretValueDialog
          workspace={workspace}
          secret={open.secret}
          onCancel={dialog.close}
          onSaved={dialog.finish}
        />
      ) : null}
      {open?.kind === 'reveal' ? (
        <RevealSecretDialog
          workspace={workspace}
          name={open.secret.name}
          onClose={dialog.close}
        />
      ) : null}
      {open?.kind === 'log' ? (
        <SecretAccessLogDialog
          workspace={workspace}
          name={open.secret.name}
          onClose={dialog.close}
        />
      ) : null}
      {open?.kind === 'delete' ? (
        <ConfirmDeleteDialog
          what={`secret ${open.secret.name}`}
          remove={() => api.deleteSecret(workspace, open.secret.name)}
          onCancel={dialog.close}
          onDeleted={dialog.finish}
        >
          <Text as="p">
            Connections naming it fall back to aiOps.secrets of the backend's
            config, or fail.
          </Text>
        </ConfirmDeleteDialog>
      ) : null}
    </Panel>
  );
}
