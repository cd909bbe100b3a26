import { ClusterHandle } from './ClusterHandle';

/**
 * The clusters the backend knows: `harvester.clusters` in config, catalog
 * entities of `spec.type: harvester-cluster` (credentials named from
 * `harvester.credentials`), and extension-point sources. Refreshed on a
 * schedule; a cluster that disappears has its cache stopped.
 */
export interface ClusterRegistry {
  list(): ClusterHandle[];
  /** NotFoundError naming the cluster when unknown. */
  get(name: string): ClusterHandle;
  refresh(): Promise<void>;
  stop(): void;
}
