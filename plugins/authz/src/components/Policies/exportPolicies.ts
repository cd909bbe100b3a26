import type { AuthzApi } from '../../api/AuthzApi';
import { downloadBlob } from '../shared/downloadBlob';

/** Downloads the given policies as one JSON file. */
export async function exportPolicies(api: AuthzApi, ids: string[]) {
  const blob = await api.exportPolicies(ids);
  downloadBlob(
    blob,
    ids.length === 1 ? `policy-${ids[0]}.json` : 'policies.json',
  );
}
