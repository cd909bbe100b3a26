import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Selection, Table, useTable } from '@backstage/ui';
import { authzUserManagePermission } from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { CreateButton } from '../shared/CreateButton';
import { DialogButton } from '../shared/DialogButton';
import { ListWithDetail } from '../shared/ListWithDetail';
import { useAllowed } from '../shared/useAllowed';
import { useOpenDialog } from '../shared/useOpenDialog';
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
  // The import dialog stays open on its report; the list reloads meanwhile.
  const dialogs = useOpenDialog<'import'>();

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
            <DialogButton dialogs={dialogs} dialog="import" label="Import CSV">
              <CsvImportDialog
                onClose={dialogs.closeDialog}
                onImported={reload}
              />
            </DialogButton>
            <CreateButton label="Create user" onCreated={reload}>
              {dialogProps => <UserFormDialog {...dialogProps} />}
            </CreateButton>
          </Flex>
        )}
      </Flex>
      {canManage && selectedRefs.length > 0 && (
        <BulkActionsBar refs={selectedRefs} onDone={afterBulk} />
      )}
      <ListWithDetail
        label="Users"
        detail={
          openRef && (
            <UserDetailPanel
              key={openRef}
              userRef={openRef}
              onClose={() => setOpenRef(undefined)}
              onChanged={reload}
            />
          )
        }
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
      </ListWithDetail>
    </Flex>
  );
}
