import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { AuthzApi, authzApiRef } from '../../api/AuthzApi';
import { displayNameOf } from './refs';

export type PickerOption = { id: string; label: string };

const none: PickerOption[] = [];

/** Loads a list once per mount and turns its items into picker options. */
function useOptions<TItem>(
  load: (api: AuthzApi) => Promise<{ items: TItem[] }>,
  toOption: (item: TItem) => PickerOption,
): PickerOption[] {
  const api = useApi(authzApiRef);
  // `load` is a new function every render; the list only depends on the API.
  const { value } = useAsync(() => load(api), [api]);
  return value?.items.map(toOption) ?? none;
}

/** A catalog principal as a picker option: its ref, named for people. */
const byRef = (item: {
  ref: string;
  displayName?: string;
  title?: string;
}) => ({
  id: item.ref,
  label: displayNameOf(item),
});
/** A role or policy as a picker option: its id, named by its name. */
const byId = (item: { id: string; name: string }) => ({
  id: item.id,
  label: item.name,
});

/** Departments for pickers, in tree order with their path as context. */
export function useDepartmentOptions(): PickerOption[] {
  return useOptions(api => api.listDepartments(), byRef);
}

/** Ordinary groups (teams) for pickers. */
export function useGroupOptions(): PickerOption[] {
  return useOptions(api => api.listGroups({ limit: 500 }), byRef);
}

/** Roles for pickers. */
export function useRoleOptions(): PickerOption[] {
  return useOptions(api => api.listRoles({ limit: 500 }), byId);
}

/** Users for pickers (the first 500 by name). */
export function useUserOptions(): PickerOption[] {
  return useOptions(api => api.listUsers({ limit: 500 }), byRef);
}

/** Policies for pickers and for naming policy ids. */
export function usePolicyOptions(): PickerOption[] {
  return useOptions(api => api.listPolicies({ limit: 500 }), byId);
}
