import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { EmptyState } from '@backstage/core-components';
import {
  Button,
  Flex,
  Grid,
  Tab,
  TabList,
  TabPanel,
  Tabs,
} from '@backstage/ui';
import {
  AuthzRole,
  authzRoleManagePermission,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import type { RoleListQuery } from '../../api/types';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { Loadable } from '../shared/Loadable';
import { useAction } from '../shared/useAction';
import { useAllowed } from '../shared/useAllowed';
import { usePolicyOptions } from '../shared/useOptions';
import { RoleCard } from './RoleCard';
import { RoleFormDialog } from './RoleFormDialog';
import { RoleHoldersDialog } from './RoleHoldersDialog';
import { RolePoliciesDialog } from './RolePoliciesDialog';

const filters: { id: string; label: string; query: RoleListQuery }[] = [
  { id: 'all', label: 'All', query: {} },
  { id: 'system', label: 'System', query: { type: 'system' } },
  { id: 'custom', label: 'Custom', query: { type: 'custom' } },
  { id: 'active', label: 'Active', query: { active: true } },
  { id: 'inactive', label: 'Inactive', query: { active: false } },
];

type OpenDialog =
  | { kind: 'create' }
  | { kind: 'edit' | 'policies' | 'holders' | 'delete'; role: AuthzRole };

/** Roles as cards, filtered by type or state, with their policies and holders. */
export function RolesPage() {
  const api = useApi(authzApiRef);
  const canManage = useAllowed(authzRoleManagePermission);
  const policies = usePolicyOptions();
  const [filterId, setFilterId] = useState('all');
  const [dialog, setDialog] = useState<OpenDialog>();
  const action = useAction();
  const filter = filters.find(f => f.id === filterId) ?? filters[0];
  const state = useAsyncRetry(
    () => api.listRoles({ ...filter.query, limit: 500 }),
    [api, filter],
  );

  const policyName = (id: string) =>
    policies.find(p => p.id === id)?.label ?? id;
  const close = () => setDialog(undefined);
  const saved = () => {
    close();
    state.retry();
  };
  const remove = (role: AuthzRole) =>
    action
      .run(() => api.deleteRole(role.id), `Role ${role.name} deleted`)
      .then(ok => ok && saved());

  return (
    <Flex direction="column" gap="4">
      <Tabs
        selectedKey={filterId}
        onSelectionChange={key => setFilterId(String(key))}
      >
        <Flex justify="between" align="center">
          <TabList aria-label="Role filter">
            {filters.map(f => (
              <Tab key={f.id} id={f.id}>
                {f.label}
              </Tab>
            ))}
          </TabList>
          {canManage && (
            <Button onPress={() => setDialog({ kind: 'create' })}>
              Create role
            </Button>
          )}
        </Flex>
        <TabPanel id={filterId}>
          <Loadable state={state}>
            {page =>
              page.items.length === 0 ? (
                <EmptyState missing="data" title="No roles match this filter" />
              ) : (
                <Grid.Root
                  columns={{ initial: '1', md: '2', lg: '3' }}
                  gap="3"
                  mt="4"
                >
                  {page.items.map(role => (
                    <RoleCard
                      key={role.id}
                      role={role}
                      policyName={policyName}
                      actions={
                        canManage
                          ? {
                              onEdit: () => setDialog({ kind: 'edit', role }),
                              onPolicies: () =>
                                setDialog({ kind: 'policies', role }),
                              onHolders: () =>
                                setDialog({ kind: 'holders', role }),
                              onDelete: () =>
                                setDialog({ kind: 'delete', role }),
                            }
                          : undefined
                      }
                    />
                  ))}
                </Grid.Root>
              )
            }
          </Loadable>
        </TabPanel>
      </Tabs>
      {dialog?.kind === 'create' && (
        <RoleFormDialog onClose={close} onSaved={saved} />
      )}
      {dialog?.kind === 'edit' && (
        <RoleFormDialog role={dialog.role} onClose={close} onSaved={saved} />
      )}
      {dialog?.kind === 'policies' && (
        <RolePoliciesDialog
          role={dialog.role}
          onClose={close}
          onSaved={saved}
        />
      )}
      {dialog?.kind === 'holders' && (
        <RoleHoldersDialog
          role={dialog.role}
          onClose={close}
          onChanged={state.retry}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          open
          title={`Delete role ${dialog.role.name}?`}
          message="The role is removed from every holder and its policies are detached."
          confirmLabel="Delete role"
          pending={action.pending}
          error={action.error}
          onConfirm={() => remove(dialog.role)}
          onClose={close}
        />
      )}
    </Flex>
  );
}
