import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useDebounce from 'react-use/esm/useDebounce';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Button,
  Flex,
  Grid,
  SearchField,
  Table,
  ToggleButton,
  ToggleButtonGroup,
} from '@backstage/ui';
import { EmptyState } from '@backstage/core-components';
import { authzGroupManagePermission } from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { Loadable } from '../shared/Loadable';
import { useAllowed } from '../shared/useAllowed';
import { GroupCard } from './GroupCard';
import { GroupDetailPanel } from './GroupDetailPanel';
import { GroupFormDialog } from './GroupFormDialog';
import { groupColumns } from './groupColumns';

type View = 'cards' | 'list';

/** Groups (teams) as cards or a list, with the selected group's details. */
export function GroupsPage() {
  const api = useApi(authzApiRef);
  const canManage = useAllowed(authzGroupManagePermission);
  const [view, setView] = useState<View>('cards');
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [openRef, setOpenRef] = useState<string>();
  const [creating, setCreating] = useState(false);
  useDebounce(() => setQuery(search), 250, [search]);
  const state = useAsyncRetry(
    () => api.listGroups({ q: query || undefined, limit: 500 }),
    [api, query],
  );

  return (
    <Flex direction="column" gap="4">
      <Flex justify="between" align="end" gap="3">
        <Flex gap="3" align="end">
          <SearchField
            label="Search groups"
            value={search}
            onChange={setSearch}
          />
          <ToggleButtonGroup
            aria-label="View"
            selectionMode="single"
            disallowEmptySelection
            selectedKeys={[view]}
            onSelectionChange={keys => {
              const [next] = [...keys];
              if (next) setView(next as View);
            }}
          >
            <ToggleButton id="cards">Cards</ToggleButton>
            <ToggleButton id="list">List</ToggleButton>
          </ToggleButtonGroup>
        </Flex>
        {canManage && (
          <Button onPress={() => setCreating(true)}>Create group</Button>
        )}
      </Flex>
      <Flex gap="4" align="start">
        <div style={{ flexGrow: 1, minWidth: 0 }}>
          <Loadable state={state}>
            {page => {
              if (page.items.length === 0) {
                return <EmptyState missing="data" title="No groups found" />;
              }
              return view === 'cards' ? (
                <Grid.Root columns={{ initial: '1', md: '2', lg: '3' }} gap="3">
                  {page.items.map(group => (
                    <GroupCard
                      key={group.ref}
                      group={group}
                      onOpen={() => setOpenRef(group.ref)}
                    />
                  ))}
                </Grid.Root>
              ) : (
                <Table
                  columnConfig={groupColumns}
                  data={page.items.map(group => ({ ...group, id: group.ref }))}
                  rowConfig={{ onClick: group => setOpenRef(group.ref) }}
                  pagination={{ type: 'none' }}
                />
              );
            }}
          </Loadable>
        </div>
        {openRef && (
          <GroupDetailPanel
            key={openRef}
            groupRef={openRef}
            onClose={() => setOpenRef(undefined)}
            onChanged={state.retry}
          />
        )}
      </Flex>
      {creating && (
        <GroupFormDialog
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            state.retry();
          }}
        />
      )}
    </Flex>
  );
}
