import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Cell, CellText, ColumnConfig, Flex } from '@backstage/ui';
import type { Connection } from '@internal/plugin-ai-ops-common';
import {
  AsyncView,
  ErrorNote,
  ListTable,
  Panel,
  TimeCell,
  Tone,
  ToneChip,
  useDialog,
  useMutation,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { CreateConnectionDialog } from './CreateConnectionDialog';
import { DeleteConnectionDialog } from './DeleteConnectionDialog';
import { EditConnectionDialog } from './EditConnectionDialog';

const STATUS_TONES: Record<Connection['status'], Tone> = {
  untested: 'neutral',
  ok: 'success',
  failed: 'danger',
};

/**
 * The workspace's connections with their last test; test, edit or delete
 * one, or add one.
 */
export function ConnectionsPanel() {
  const api = useApi(aiOpsApiRef);
  const workspace = useWorkspace();
  const connections = useAsyncRetry(
    () => api.listConnections(workspace),
    [api, workspace],
  );
  const dialog = useDialog<
    { kind: 'create' } | { kind: 'edit' | 'delete'; connection: Connection }
  >(connections.retry);
  const test = useMutation();

  const columns: ColumnConfig<Connection>[] = [
    {
      id: 'name',
      label: 'Connection',
      isRowHeader: true,
      cell: c => <CellText title={c.title} description={c.name} />,
    },
    { id: 'type', label: 'Type', cell: c => <CellText title={c.type} /> },
    {
      id: 'secretRef',
      label: 'Secret',
      cell: c => <CellText title={c.secretRef ?? 'none'} />,
    },
    {
      id: 'status',
      label: 'Status',
      cell: c => (
        <Cell>
          <ToneChip
            tone={STATUS_TONES[c.status]}
            label={c.status}
            title={c.statusMessage}
          />
        </Cell>
      ),
    },
    {
      id: 'tested',
      label: 'Last tested',
      cell: c => <TimeCell at={c.lastTestedAt} />,
    },
    {
      id: 'actions',
      label: '',
      cell: c => (
        <Cell>
          <Flex gap="2">
            <Button
              size="small"
              variant="secondary"
              aria-label={`Test ${c.name}`}
              onPress={async () => {
                const tested = await test.run(
                  () => api.testConnection(workspace, c.id),
                  result =>
                    `${c.name}: ${result.result.status} — ${result.result.message}`,
                );
                if (tested) connections.retry();
              }}
            >
              Test
            </Button>
            <Button
              size="small"
              variant="secondary"
              aria-label={`Edit ${c.name}`}
              onPress={() => dialog.open({ kind: 'edit', connection: c })}
            >
              Edit
            </Button>
            <Button
              size="small"
              variant="secondary"
              destructive
              aria-label={`Delete ${c.name}`}
              onPress={() => dialog.open({ kind: 'delete', connection: c })}
            >
              Delete
            </Button>
          </Flex>
        </Cell>
      ),
    },
  ];

  return (
    <Panel
      title="Connections"
      subtitle="settings and secret names only; secret values stay in the backend's config"
      actions={
        <Button
          variant="primary"
          onPress={() => dialog.open({ kind: 'create' })}
        >
          New connection
        </Button>
      }
    >
      <ErrorNote message={test.error} />
      <AsyncView result={connections}>
        {page => (
          <ListTable
            columns={columns}
            rows={page.items}
            empty="No connections yet."
          />
        )}
      </AsyncView>
      {dialog.subject?.kind === 'create' ? (
        <CreateConnectionDialog
          workspace={workspace}
          onCancel={dialog.close}
          onCreated={dialog.finish}
        />
      ) : null}
      {dialog.subject?.kind === 'edit' ? (
        <EditConnectionDialog
          workspace={workspace}
          connection={dialog.subject.connection}
          onCancel={dialog.close}
          onSaved={dialog.finish}
        />
      ) : null}
      {dialog.subject?.kind === 'delete' ? (
        <DeleteConnectionDialog
          workspace={workspace}
          connection={dialog.subject.connection}
          onCancel={dialog.close}
          onDeleted={dialog.finish}
        />
      ) : null}
    </Panel>
  );
}
