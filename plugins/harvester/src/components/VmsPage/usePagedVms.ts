import { useApi } from '@backstage/frontend-plugin-api';
import { harvesterApiRef } from '../../api/HarvesterApi';
import type { VmListQuery } from '../../api/types';
import { usePagedObjects } from '../shared/usePagedObjects';

/** One server page of the VMs `query` selects, as table rows. */
export function usePagedVms(query: Omit<VmListQuery, 'offset' | 'limit'>) {
  const api = useApi(harvesterApiRef);
  return usePagedObjects(page => api.listVms(page), query);
}
