import { useApi } from '@backstage/frontend-plugin-api';
import { Alert, Flex, Grid, Text } from '@backstage/ui';
import {
  AuthzDepartment,
  authzDepartmentManagePermission,
} from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import type { DepartmentDetail } from '../../api/types';
import { CatalogOwnedNote } from '../shared/CatalogOwnedNote';
import { DeleteButton } from '../shared/DeleteButton';
import { DetailPanel, DetailSection } from '../shared/DetailPanel';
import { DialogButton } from '../shared/DialogButton';
import { EmptyNote } from '../shared/EmptyNote';
import { HolderRolesSection } from '../shared/HolderRolesSection';
import { Loadable } from '../shared/Loadable';
import { StatCard } from '../shared/StatCard';
import { UserStatusChip } from '../shared/StatusChip';
import { displayNameOf, entityName } from '../shared/refs';
import { useAllowed } from '../shared/useAllowed';
import { DetailPanelCallbacks, useDetail } from '../shared/useDetail';
import { DepartmentFormDialog } from './DepartmentFormDialog';
import { MoveDepartmentDialog } from './MoveDepartmentDialog';
import { childrenOf } from './departmentTree';

/**
 * One department: where it sits (path), its numbers, its members, and the
 * roles bound to it, which its sub-departments inherit.
 */
export function DepartmentDetailPanel(
  props: {
    departmentRef: string;
    items: AuthzDepartment[];
  } & DetailPanelCallbacks,
) {
  const api = useApi(authzApiRef);
  const canManage = useAllowed(authzDepartmentManagePermission);
  const detail = useDetail<DepartmentDetail, 'move' | 'rename' | 'child'>(
    props,
    () => api.getDepartment(props.departmentRef),
    [api, props.departmentRef],
  );
  // Every dialog here picks among the departments of the tree.
  const dialogProps = { items: props.items, ...detail.dialogProps };
  const titleOf = (ref: string) => {
    const item = props.items.find(department => department.ref === ref);
    return item ? displayNameOf(item) : entityName(ref);
  };

  return (
    <DetailPanel
      label="Department details"
      title={titleOf(props.departmentRef)}
      subtitle={props.departmentRef}
      onClose={props.onClose}
    >
      <Loadable state={detail.state}>
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
                <EmptyNote text="No direct members" />
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
            <HolderRolesSection
              title="Roles (inherited by sub-departments)"
              kind="department"
              holder={department}
              onChanged={detail.changed}
            />
            {detail.error && (
              <Alert status="danger" icon title={detail.error} />
            )}
            <CatalogOwnedNote
              source={department.source}
              owns="its title and place in the tree"
            />
            {canManage && (
              <Flex gap="2" style={{ flexWrap: 'wrap' }}>
                {department.source === 'local' && (
                  <>
                    <DialogButton
                      dialogs={detail}
                      dialog="move"
                      label="Move to…"
                    >
                      <MoveDepartmentDialog
                        department={department}
                        {...dialogProps}
                      />
                    </DialogButton>
                    <DialogButton
                      dialogs={detail}
                      dialog="rename"
                      label="Rename"
                    >
                      <DepartmentFormDialog
                        department={department}
                        {...dialogProps}
                      />
                    </DialogButton>
                  </>
                )}
                <DialogButton
                  dialogs={detail}
                  dialog="child"
                  label="Add sub-department"
                >
                  <DepartmentFormDialog
                    defaultParentRef={department.ref}
                    {...dialogProps}
                  />
                </DialogButton>
                {department.source === 'local' && (
                  <DeleteButton
                    detail={detail}
                    confirm={{
                      title: `Delete ${displayNameOf(department)}?`,
                      message:
                        'The department and its role bindings are removed. A department with sub-departments cannot be deleted until they are moved.',
                      label: 'Delete department',
                    }}
                    send={() => api.deleteDepartment(department.ref)}
                    successMessage={`${displayNameOf(department)} deleted`}
                  />
                )}
              </Flex>
            )}
          </>
        )}
      </Loadable>
    </DetailPanel>
  );
}
