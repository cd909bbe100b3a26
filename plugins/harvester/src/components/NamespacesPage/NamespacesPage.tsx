import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex, Table } from '@backstage/ui';
import { useDialog } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { ListToolbar } from '../shared/ListToolbar';
import { useListFilter } from '../shared/useListFilter';
import { usePagedObjects } from '../shared/usePagedObjects';
import { CreateNamespaceDialog } from './CreateNamespaceDialog';
import { EditQuotaDialog } from './EditQuotaDialog';
import { namespaceColumns, NamespaceRow } from './namespaceColumns';

/** Namespaces: the tenancy units, their owners, quotas and usage. */
export function NamespacesPage() {
  const api = useApi(harvesterApiRef);
  const list = useListFilter();
  const namespaces = usePagedObjects(query => api.listNamespaces(query), {
    cluster: list.query.cluster,
    q: list.query.q,
  });
  const create = useDialog(namespaces.reload);
  const editQuota = useDialog<NamespaceRow>(namespaces.reload);

  return (
    <Flex direction="column" gap="4">
      <ListToolbar noun="namespaces" list={list} namespaced={false}>
        <Button onPress={() => create.open(true)}>Create namespace</Button>
      </ListToolbar>
      <Table
        {...namespaces.tableProps}
        columnConfig={namespaceColumns({
          showCluster: !list.cluster,
          onEditQuota: editQuota.open,
        })}
        emptyState="No namespaces match this search."
      />
      {create.subject ? (
        <CreateNamespaceDialog
          cluster={list.cluster}
          onCancel={create.close}
          onCreated={create.finish}
        />
      ) : null}
      {editQuota.subject ? (
        <EditQuotaDialog
          namespace={editQuota.subject}
          onCancel={editQuota.close}
          onSaved={editQuota.finish}
        />
      ) : null}
    </Flex>
  );
}
