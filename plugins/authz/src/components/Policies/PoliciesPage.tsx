import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Alert,
  Button,
  Flex,
  Select,
  Selection,
  Table,
  useTable,
} from '@backstage/ui';
import { authzPolicyUpdatePermission } from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { CreateButton } from '../shared/CreateButton';
import { ListToolbar } from '../shared/ListToolbar';
import { ListWithDetail } from '../shared/ListWithDetail';
import { SectionCard } from '../shared/SectionCard';
import { useAction } from '../shared/useAction';
import { useAllowed } from '../shared/useAllowed';
import { useRoleOptions } from '../shared/useOptions';
import { DryRunPanel } from './DryRunPanel';
import { exportPolicies } from './exportPolicies';
import { PolicyDetailPanel } from './PolicyDetailPanel';
import { PolicyEditorDialog } from './PolicyEditorDialog';
import { PolicyRow, policyColumns } from './policyColumns';

type ActiveFilter = '' | 'true' | 'false';
const activeOptions = [
  { id: '', label: 'Any' },
  { id: 'true', label: 'Active' },
  { id: 'false', label: 'Inactive' },
];

/**
 * Policies: the table (select rows to export), the selected policy with its
 * JSON and history, the editor, and the dry-run panel.
 */
export function PoliciesPage() {
  const api = useApi(authzApiRef);
  const canUpdate = useAllowed(authzPolicyUpdatePermission);
  const roles = useRoleOptions();
  const [openId, setOpenId] = useState<string>();
  const [selection, setSelection] = useState<Selection>(new Set());
  const exporting = useAction();

  const { tableProps, reload, search, filter } = useTable<
    PolicyRow,
    ActiveFilter
  >({
    mode: 'offset',
    initialSort: { column: 'name', direction: 'ascending' },
    initialFilter: '',
    paginationOptions: { pageSize: 25, pageSizeOptions: [25, 50, 100] },
    getData: async ({ offset, pageSize, sort, filter: active, search: q }) => {
      const page = await api.listPolicies({
        q: q || undefined,
        active: active ? active === 'true' : undefined,
        sort: sort ? String(sort.column) : undefined,
        order: sort?.direction === 'descending' ? 'desc' : 'asc',
        offset,
        limit: pageSize,
      });
      return {
        data: page.items.map(policy => ({ ...policy, id: policy.id })),
        totalCount: page.totalCount,
      };
    },
  });

  const roleName = (id: string) =>
    roles.find(role => role.id === id)?.label ?? id;
  const rows = tableProps.data ?? [];
  const selectedIds =
    selection === 'all' ? rows.map(row => row.id) : [...selection].map(String);

  return (
    <Flex direction="column" gap="4">
      <ListToolbar
        search={{ label: 'Search policies', ...search }}
        filters={
          <Select
            label="State"
            options={activeOptions}
            value={filter.value ?? ''}
            onChange={key => filter.onChange(String(key ?? '') as ActiveFilter)}
          />
        }
        actions={
          <Flex gap="2">
            <Button
              variant="secondary"
              isDisabled={selectedIds.length === 0}
              isPending={exporting.pending}
              onPress={() =>
                exporting.run(() => exportPolicies(api, selectedIds))
              }
            >
              Export selected ({selectedIds.length})
            </Button>
            {canUpdate && (
              <CreateButton label="Create policy" onCreated={reload}>
                {dialogProps => <PolicyEditorDialog {...dialogProps} />}
              </CreateButton>
            )}
          </Flex>
        }
      />
      {exporting.error && (
        <Alert status="danger" icon title={exporting.error} />
      )}
      <ListWithDetail
        label="Policies"
        detail={
          openId && (
            <PolicyDetailPanel
              key={openId}
              policyId={openId}
              roleName={roleName}
              onClose={() => setOpenId(undefined)}
              onChanged={reload}
            />
          )
        }
      >
        <Table
          {...tableProps}
          columnConfig={policyColumns(roleName)}
          rowConfig={{ onClick: policy => setOpenId(policy.id) }}
          selection={{
            mode: 'multiple',
            behavior: 'toggle',
            selected: selection,
            onSelectionChange: setSelection,
          }}
          emptyState="No policies match."
        />
      </ListWithDetail>
      <SectionCard title="Dry run">
        <DryRunPanel />
      </SectionCard>
    </Flex>
  );
}
