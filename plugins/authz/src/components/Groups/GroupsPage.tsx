import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useDebounce from 'react-use/esm/useDebounce';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Grid, Table } from '@backstage/ui';
import { EmptyState } from '@backstage/core-components';
import { authzGroupManagePermission } from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { ChoiceToggle } from '../shared/ChoiceToggle';
import { CreateButton } from '../shared/CreateButton';
import { ListToolbar } from '../shared/ListToolbar';
import { ListWithDetail } from '../shared/ListWithDetail';
import { Loadable } from '../shared/Loadable';
import { useAllowed } from '../shared/useAllowed';
import { GroupCard } from './GroupCard';
import { GroupDetailPanel } from './GroupDetailPanel';
import { GroupFormDialog } from './GroupFormDialog';
import { groupColumns } from './groupColumns';

type View = 'cards' | 'list';
const views: { id: View; label: string }[] = [
  { id: 'cards', label: 'Cards' },
  { id: 'list', label: 'List' },
];

/** Groups (teams) as cards or a list, with the selected group's details. */
export function GroupsPage() {
  const api = useApi(authzApiRef);
  const canManage = useAllowed(authzGroupManagePermission);
  const [view, setView] = useState<View>('cards');
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [openRef, setOpenRef] = useState<string>();
  useDebounce(() => setQuery(search), 250, [search]);
  const state = useAsyncRetry(
    () => api.listGroups({ q: query || undefined, limit: 500 }),
    [api, query],
  );

  return (
    <Flex direction="column" gap="4">
      <ListToolbar
        search={{ label: 'Search groups', value: search, onChange: setSearch }}
        filters={
          <ChoiceToggle
            label="View"
            choices={views}
            value={view}
            onChange={setView}
          />
        }
        actions={
          canManage && (
            <CreateButton label="Create group" onCreated={state.retry}>
              {dialogProps => <GroupFormDialog {...dialogProps} />}
            </CreateButton>
          )
        }
      />
      <ListWithDetail
        detail={
          openRef && (
            <GroupDetailPanel
              key={openRef}
              groupRef={openRef}
              onClose={() => setOpenRef(undefined)}
              onChanged={state.retry}
            />
          )
        }
      >
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
      </ListWithDetail>
    </Flex>
  );
}
