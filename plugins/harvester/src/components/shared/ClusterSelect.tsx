import { FilterSelect } from '@internal/portal-react';
import { useClusterFilter } from './useClusterFilter';
import { useClusters } from './useClusters';

/** All clusters or one, for every page at once (`?cluster=`). */
export function ClusterSelect() {
  const { cluster, setCluster } = useClusterFilter();
  const clusters = useClusters();
  const options = (clusters.value ?? []).map(c => ({
    id: c.name,
    label:
      c.connection === 'connected' ? c.title : `${c.title} (${c.connection})`,
  }));
  // Keep a cluster from a shared link selectable while the list loads.
  if (cluster && !options.some(option => option.id === cluster)) {
    options.push({ id: cluster, label: cluster });
  }
  return (
    <FilterSelect
      label="Cluster"
      anyLabel="All clusters"
      options={options}
      value={cluster}
      onChange={setCluster}
    />
  );
}
