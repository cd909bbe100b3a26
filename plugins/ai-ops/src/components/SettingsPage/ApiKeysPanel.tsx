import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Cell, CellText, ColumnConfig, Text } from '@backstage/ui';
import {
  aiOpsApiKeyManagePermission,
  ApiKey,
} from '@internal/plugin-ai-ops-common';
import {
  AsyncView,
  DialogFrame,
  ListTable,
  Panel,
  TimeCell,
  useDialog,
  useMutation,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { useWorkspacePermission } from '../workspace/useWorkspacePermission';
import { CreateApiKeyDialog } from './CreateApiKeyDialog';
import { Guarded } from './Guarded';

/**
 * The workspace's API keys, masked: create one (shown once), revoke one.
 * External callers start and read runs with them (`/v1`, X-AI-Ops-Key).
 */
export function ApiKeysPanel() {
  const api = useApi(aiOpsApiRef);
  const workspace = useWorkspace();
  const manage = useWorkspacePermission(aiOpsApiKeyManagePermission);
  const keys = useAsyncRetry(
    async () =>
      manage.allowed ? api.listApiKeys(workspace) : { items: [] as ApiKey[] },
    [api, workspace, manage.allowed],
  );
  const creation = useDialog(keys.retry);
  const revocation = useDialog<ApiKey>(keys.retry);

  const columns: ColumnConfig<ApiKey>[] = [
    {
      id: 'name',
      label: 'Name',
      isRowHeader: true,
      cell: k => <CellText title={k.name} description={k.scopes.join(', ')} />,
    },
    {
      id: 'masked',
      label: 'Key',
      cell: k => (
        <CellText title={k.masked} description={`by ${k.createdBy}`} />
      ),
    },
    {
      id: 'created',
      label: 'Created',
      cell: k => <TimeCell at={k.createdAt} />,
    },
    {
      id: 'expires',
      label: 'Expires',
      cell: k => <TimeCell at={k.expiresAt} />,
    },
    {
      id: 'lastUsed',
      label: 'Last used',
      cell: k => <TimeCell at={k.lastUsedAt} />,
    },
    {
      id: 'revoke',
      label: '',
      cell: k => (
        <Cell>
          {k.revokedAt ? (
            <Text variant="body-small" color="secondary">
              Revoked by {k.revokedBy}
            </Text>
          ) : (
            <Button
              size="small"
              variant="secondary"
              destructive
              aria-label={`Revoke ${k.name}`}
              onPress={() => revocation.open(k)}
            >
              Revoke
            </Button>
          )}
        </Cell>
      ),
    },
  ];

  return (
    <Panel
      title="API keys"
      subtitle="for CI jobs and scripts: they start and read runs as you"
      actions={
        <Guarded reason={manage.reason}>
          <Button
            variant="primary"
            size="small"
            isDisabled={!manage.allowed}
            onPress={() => creation.open(true)}
          >
            New API key
          </Button>
        </Guarded>
      }
    >
      <AsyncView result={keys}>
        {({ items }) => (
          <ListTable columns={columns} rows={items} empty="No API keys" />
        )}
      </AsyncView>
      {creation.subject ? (
        <CreateApiKeyDialog
          workspace={workspace}
          onCancel={creation.close}
          onCreated={creation.finish}
        />
      ) : null}
      {revocation.subject ? (
        <RevokeDialog
          apiKey={revocation.subject}
          revoke={() => api.revokeApiKey(workspace, revocation.subject!.id)}
          onCancel={revocation.close}
          onRevoked={revocation.finish}
        />
      ) : null}
    </Panel>
  );
}

function RevokeDialog(props: {
  apiKey: ApiKey;
  revoke(): Promise<unknown>;
  onCancel(): void;
  onRevoked(): void;
}) {
  const mutation = useMutation();
  return (
    <DialogFrame
      title={`Revoke ${props.apiKey.name}?`}
      error={mutation.error}
      primary={{
        label: 'Revoke',
        destructive: true,
        pending: mutation.pending,
        onPress: async () => {
          if (await mutation.run(props.revoke, 'API key revoked')) {
            props.onRevoked();
          }
        },
      }}
      onCancel={props.onCancel}
    >
      <Text as="p">
        Callers using {props.apiKey.masked} are refused from now on. This cannot
        be undone.
      </Text>
    </DialogFrame>
  );
}
