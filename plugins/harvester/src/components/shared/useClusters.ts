import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { harvesterApiRef } from '../../api/HarvesterApi';

/** The clusters the user may see, for pickers and cluster cards. */
export function useClusters() {
  const api = useApi(harvesterApiRef);
  return useAsync(() => api.listClusters(), [api]);
}
