import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex, Selection, Table, useTable } from '@backstage/ui';
import { authzUserManagePermission } from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { useAllowed } from '../shared/useAllowed';
import { BulkActionsBar } from './BulkActionsBar';
import { CsvImportDialog } from './CsvImportDialog';
import { UserDetailPanel } from './UserDetailPanel';
import { UserFilter, UserFilters } from './UserFilters';
import { UserFormDialog } from './UserFormDialog';
import { UserRow, toUserRow, userColumns } from './userColumns';

/**
 * Users: searchable, filterable, server-paged table; bulk actions on the
 * selection; the selected row's details beside the table.
 */
export function UsersPage() {
  const api = useApi(authzApiRef);
  const canManage = useAllowed(authzUserManagePermission);
  const [selection, setSelection] = useState<Selection>(new Set());
  const [openRef, setOpenRef] = useState<string>();
  const [dialog, setDialog] = useState<'create' | 'import'>();

  const { tableProps, reload, filter, search } = useTable<UserRow, UserFilter>({
    mode: 'offset',
    initialSort: { column: 'name', direction: 'ascending' },
    initialFilter: {},
    paginationOptions: { pageSize: 25, pageSizeOptions: [25, 50, 100] },
    getData: async ({ offset, pageSize, sort, filter: f, search: q }) => {
      const page = await api.listUsers({
        ...f,
        q: q || undefined,
        sort: sort ? String(sort.column) : undefined,
        order: sort?.direction === 'descending' ? 'desc' : 'asc',
        offset,
        limit: pageSize,
      });
      return { data: page.items.map(toUserRow), totalCount: page.totalCount };
    },
  });

  const rows = tableProps.data ?? [];
  const selectedRefs =
    selection === 'all' ? rows.map(row => row.ref) : [...selection].map(String);
  const afterBulk = (failedRefs: string[]) => {
    setSelection(new Set(failedRefs));
    reload();
  };
  const closeDialog = () => setDialog(undefined);

  return (
    <Flex direction="column" gap="4">
      <Flex justify="between" align="end" gap="3">
        <UserFilters
          search={search.value}
          onSearchChange={search.onChange}
          filter={filter.value ?? {}}
          onFilterChange={filter.onChange}
        />
        {canManage && (
          <Flex gap="2">
            <Button variant="secondary" onPress={() => setDialog('import')}>
              Import CSV
            </Button>
            <Button onPress={() => setDialog('create')}>Create user</Button>
          </Flex>
        )}
      </Flex>
      {canManage && selectedRefs.length > 0 && (
        <BulkActionsBar refs={selectedRefs} onDone={afterBulk} />
      )}
      <Flex gap="4" align="start">
        <div
          style={{ flexGrow: 1, minWidth: 0 }}
          aria-label="Users"
          role="region"
        >
          <Table
            {...tableProps}
            columnConfig={userColumns}
            rowConfig={{ onClick: user => setOpenRef(user.ref) }}
            selection={{
              // Always controlled: the permission answer arrives after mount.
              mode: canManage ? 'multiple' : 'none',
              behavior: 'toggle',
              selected: selection,
              onSelectionChange: setSelection,
            }}
            emptyState="No users match these filters."
          />
        </div>
        {openRef && (
          <UserDetailPanel
            key={openRef}
            userRef={openRef}
            onClose={() => setOpenRef(undefined)}
            onChanged={reload}
          />
        )}
      </Flex>
      {dialog === 'create' && (
        <UserFormDialog
          onClose={closeDialog}
          onSaved={() => {
            closeDialog();
            reload();
          }}
        />
      )}
      {dialog === 'import' && (
        <CsvImportDialog onClose={closeDialog} onImported={reload} />
      )}
    </Flex>
  );
}
