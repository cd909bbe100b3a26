import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Alert } from '@backstage/ui';
import { authzDepartmentManagePermission } from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import { CreateButton } from '../shared/CreateButton';
import { ListWithDetail } from '../shared/ListWithDetail';
import { Loadable } from '../shared/Loadable';
import { SectionCard } from '../shared/SectionCard';
import { displayNameOf } from '../shared/refs';
import { useAction } from '../shared/useAction';
import { useAllowed } from '../shared/useAllowed';
import { DepartmentDetailPanel } from './DepartmentDetailPanel';
import { DepartmentFormDialog } from './DepartmentFormDialog';
import { DepartmentTree } from './DepartmentTree';
import { siblingIndex } from './departmentTree';

/** The org tree of departments, with the selected department's details. */
export function DepartmentsPage() {
  const api = useApi(authzApiRef);
  const canManage = useAllowed(authzDepartmentManagePermission);
  const state = useAsyncRetry(() => api.listDepartments(), [api]);
  const [selectedRef, setSelectedRef] = useState<string>();
  const action = useAction();
  const items = state.value?.items ?? [];

  const reorder = (ref: string, direction: -1 | 1) => {
    const department = items.find(item => item.ref === ref);
    if (!department) return;
    action
      .run(
        () =>
          api.moveDepartment(ref, {
            parentRef: department.parentRef ?? null,
            position: siblingIndex(items, department) + direction,
          }),
        `${displayNameOf(department)} moved ${direction < 0 ? 'up' : 'down'}`,
      )
      .then(ok => ok && state.retry());
  };

  return (
    <ListWithDetail
      detail={
        selectedRef && (
          <DepartmentDetailPanel
            key={selectedRef}
            departmentRef={selectedRef}
            items={items}
            onClose={() => setSelectedRef(undefined)}
            onChanged={state.retry}
          />
        )
      }
    >
      <SectionCard
        title="Organisation"
        actions={
          canManage && (
            <CreateButton
              label="Create department"
              variant="secondary"
              onCreated={state.retry}
            >
              {dialogProps => (
                <DepartmentFormDialog items={items} {...dialogProps} />
              )}
            </CreateButton>
          )
        }
      >
        {action.error && (
          <Alert status="danger" icon title={action.error} mb="2" />
        )}
        <Loadable state={state}>
          {listing => (
            <DepartmentTree
              items={listing.items}
              actions={{
                selectedRef,
                onSelect: setSelectedRef,
                onReorder: canManage ? reorder : undefined,
              }}
            />
          )}
        </Loadable>
      </SectionCard>
    </ListWithDetail>
  );
}
