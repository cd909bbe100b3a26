import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Alert, Button, Flex, Grid, Text } from '@backstage/ui';
import {
  AuthzDepartment,
  authzDepartmentManagePermission,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { CatalogOwnedNote } from '../shared/CatalogOwnedNote';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { DetailPanel, DetailSection } from '../shared/DetailPanel';
import { HolderRolesEditor } from '../shared/HolderRolesEditor';
import { Loadable } from '../shared/Loadable';
import { StatCard } from '../shared/StatCard';
import { UserStatusChip } from '../shared/StatusChip';
import { displayNameOf, entityName } from '../shared/refs';
import { useAction } from '../shared/useAction';
import { useAllowed } from '../shared/useAllowed';
import { DepartmentFormDialog } from './DepartmentFormDialog';
import { MoveDepartmentDialog } from './MoveDepartmentDialog';
import { childrenOf } from './departmentTree';

type Dialog = 'move' | 'rename' | 'child' | 'delete';

/**
 * One department: where it sits (path), its numbers, its members, and the
 * roles bound to it, which its sub-departments inherit.
 */
export function DepartmentDetailPanel(props: {
  departmentRef: string;
  items: AuthzDepartment[];
  onClose(): void;
  onChanged(): void;
}) {
  const api = useApi(authzApiRef);
  const canManage = useAllowed(authzDepartmentManagePermission);
  const state = useAsyncRetry(
    () => api.getDepartment(props.departmentRef),
    [api, props.departmentRef],
  );
  const [dialog, setDialog] = useState<Dialog>();
  const action = useAction();
  const titleOf = (ref: string) => {
    const item = props.items.find(department => department.ref === ref);
    return item ? displayNameOf(item) : entityName(ref);
  };
  const changed = () => {
    setDialog(undefined);
    state.retry();
    props.onChanged();
  };
  const remove = (department: AuthzDepartment) =>
    action
      .run(
        () => api.deleteDepartment(department.ref),
        `${displayNameOf(department)} deleted`,
      )
      .then(ok => {
        if (!ok) return;
        props.onChanged();
        props.onClose();
      });

  return (
    <DetailPanel
      label="Department details"
      title={titleOf(props.departmentRef)}
      subtitle={props.departmentRef}
      onClose={props.onClose}
    >
      <Loadable state={state}>
        {department => (
          <>
            <nav aria-label="Path">
              <Text variant="body-small" color="secondary">
                {department.path.map(titleOf).join(' › ')}
              </Text>
            </nav>
            <Grid.Root columns="3" gap="2">
              <StatCard label="Members" value={department.memberCount} />
              <StatCard
                label="Sub-departments"
                value={childrenOf(props.items, department.ref).length}
              />
              <StatCard label="Roles" value={department.roleIds.length} />
            </Grid.Root>
            <DetailSection title="Members">
              {department.members.length === 0 ? (
                <Text variant="body-small" color="secondary">
                  No direct members
                </Text>
              ) : (
                <ul
                  aria-label="Department members"
                  style={{ margin: 0, padding: 0 }}
                >
                  {department.members.map(member => (
                    <li
                      key={member.ref}
                      style={{ listStyle: 'none', padding: '2px 0' }}
                    >
                      <Flex justify="between" align="center">
                        <Text variant="body-small">
                          {displayNameOf(member)}
                        </Text>
                        <UserStatusChip status={member.status} />
                      </Flex>
                    </li>
                  ))}
                </ul>
              )}
            </DetailSection>
            <DetailSection title="Roles (inherited by sub-departments)">
              <HolderRolesEditor
                kind="department"
                holderRef={department.ref}
                roleIds={department.roleIds}
                onChanged={changed}
              />
            </DetailSection>
            {action.error && dialog !== 'delete' && (
              <Alert status="danger" icon title={action.error} />
            )}
            {department.source === 'catalog' && (
              <CatalogOwnedNote owns="its title and place in the tree" />
            )}
            {canManage && (
              <Flex gap="2" style={{ flexWrap: 'wrap' }}>
                {department.source === 'local' && (
                  <>
                    <Button
                      variant="secondary"
                      onPress={() => setDialog('move')}
                    >
                      Move to…
                    </Button>
                    <Button
                      variant="secondary"
                      onPress={() => setDialog('rename')}
                    >
                      Rename
                    </Button>
                  </>
                )}
                <Button variant="secondary" onPress={() => setDialog('child')}>
                  Add sub-department
                </Button>
                {department.source === 'local' && (
                  <Button
                    variant="secondary"
                    destructive
                    onPress={() => setDialog('delete')}
                  >
                    Delete
                  </Button>
                )}
              </Flex>
            )}
            {dialog === 'move' && (
              <MoveDepartmentDialog
                department={department}
                items={props.items}
                onClose={() => setDialog(undefined)}
                onMoved={changed}
              />
            )}
            {(dialog === 'rename' || dialog === 'child') && (
              <DepartmentFormDialog
                department={dialog === 'rename' ? department : undefined}
                defaultParentRef={department.ref}
                items={props.items}
                onClose={() => setDialog(undefined)}
                onSaved={changed}
              />
            )}
            <ConfirmDialog
              open={dialog === 'delete'}
              title={`Delete ${displayNameOf(department)}?`}
              message="The department and its role bindings are removed. A department with sub-departments cannot be deleted until they are moved."
              confirmLabel="Delete department"
              pending={action.pending}
              error={action.error}
              onConfirm={() => remove(department)}
              onClose={() => setDialog(undefined)}
            />
          </>
        )}
      </Loadable>
    </DetailPanel>
  );
}
