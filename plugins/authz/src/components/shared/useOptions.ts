import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { authzApiRef } from '../../api/AuthzApi';
import { displayNameOf } from './refs';

export type PickerOption = { id: string; label: string };

const none: PickerOption[] = [];

/** Departments for pickers, in tree order with their path as context. */
export function useDepartmentOptions(): PickerOption[] {
  const api = useApi(authzApiRef);
  const { value } = useAsync(() => api.listDepartments(), [api]);
  return (
    value?.items.map(department => ({
      id: department.ref,
      label: displayNameOf(department),
    })) ?? none
  );
}

/** Ordinary groups (teams) for pickers. */
export function useGroupOptions(): PickerOption[] {
  const api = useApi(authzApiRef);
  const { value } = useAsync(() => api.listGroups({ limit: 500 }), [api]);
  return (
    value?.items.map(group => ({
      id: group.ref,
      label: displayNameOf(group),
    })) ?? none
  );
}

/** Roles for pickers. */
export function useRoleOptions(): PickerOption[] {
  const api = useApi(authzApiRef);
  const { value } = useAsync(() => api.listRoles({ limit: 500 }), [api]);
  return value?.items.map(role => ({ id: role.id, label: role.name })) ?? none;
}

/** Users for pickers (the first 500 by name). */
export function useUserOptions(): PickerOption[] {
  const api = useApi(authzApiRef);
  const { value } = useAsync(() => api.listUsers({ limit: 500 }), [api]);
  return (
    value?.items.map(user => ({ id: user.ref, label: displayNameOf(user) })) ??
    none
  );
}

/** Policies for pickers and for naming policy ids. */
export function usePolicyOptions(): PickerOption[] {
  const api = useApi(authzApiRef);
  const { value } = useAsync(() => api.listPolicies({ limit: 500 }), [api]);
  return (
    value?.items.map(policy => ({ id: policy.id, label: policy.name })) ?? none
  );
}
