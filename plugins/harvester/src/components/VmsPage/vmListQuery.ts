import type { VmListQuery } from '../../api/types';

export const vmFilterKeys = [
  'q',
  'state',
  'namespace',
  'host',
  'label',
] as const;
export type VmFilter = Partial<Record<(typeof vmFilterKeys)[number], string>>;

const one = (value: string | undefined) => (value ? [value] : undefined);

/**
 * The VM list's filters for the cluster picked and the URL's filters: the
 * page lists with them, and the Harvester page prefetches the first page
 * with them while the VM page's module loads.
 */
export function vmListQuery(
  cluster: string | undefined,
  filter: VmFilter,
): Omit<VmListQuery, 'offset' | 'limit' | 'sort'> {
  return {
    cluster: one(cluster),
    state: one(filter.state),
    namespace: one(filter.namespace),
    host: one(filter.host),
    q: filter.q,
    label: filter.label,
  };
}
