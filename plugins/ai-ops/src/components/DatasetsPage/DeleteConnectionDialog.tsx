import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Text } from '@backstage/ui';
import type { Connection } from '@internal/plugin-ai-ops-common';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { ConfirmDeleteDialog } from '../shared/ConfirmDeleteDialog';

/**
 * Deleting a connection: the datasets reading through it are named first,
 * since the server refuses while there are any.
 */
export function DeleteConnectionDialog(props: {
  workspace: string;
  connection: Connection;
  onCancel(): void;
  onDeleted(): void;
}) {
  const api = useApi(aiOpsApiRef);
  const { workspace, connection } = props;
  const users = useAsync(async () => {
    const { items } = await api.listDatasets(workspace);
    return items.filter(d => d.connectionId === connection.id);
  }, [api, workspace, connection.id]);
  const names = users.value?.map(d => d.name) ?? [];
  return (
    <ConfirmDeleteDialog
      what={`connection ${connection.name}`}
      remove={() => api.deleteConnection(workspace, connection.id)}
      onCancel={props.onCancel}
      onDeleted={props.onDeleted}
    >
      <Text as="p">
        {names.length
          ? `Datasets ${names.join(
              ', ',
            )} read through it: move them to another connection first.`
          : 'No dataset reads through it. Its secret stays configured in the backend.'}
      </Text>
    </ConfirmDeleteDialog>
  );
}
