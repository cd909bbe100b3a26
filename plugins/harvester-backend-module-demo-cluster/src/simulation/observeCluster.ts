import { LoggerService } from '@backstage/backend-plugin-api';
import { KindKey, kinds } from '../kube/kinds';
import { KubeApiError } from '../kube/KubeApiError';
import { KubeObject } from '../kube/KubeObject';
import { KubeResources, ListOptions } from '../kube/KubeResources';
import { ClusterState } from './SimulationContext';

export type SimulationScope = {
  /** Only these namespaces (default all): tests share a real API server. */
  namespaces?: string[];
  /** Only Nodes matching this label selector (default all). */
  nodeSelector?: string;
};

/**
 * Lists what the controllers reconcile. A kind the API server does not
 * serve (a cluster without some CRD) reads as empty, logged once.
 */
export function createObserver(
  api: KubeResources,
  scope: SimulationScope,
  logger: LoggerService,
) {
  const reportedMissing = new Set<KindKey>();

  async function list(
    kind: KindKey,
    options: ListOptions = {},
  ): Promise<KubeObject[]> {
    const namespaces = kinds[kind].namespaced ? scope.namespaces : undefined;
    try {
      if (!namespaces) return await api.list(kind, options);
      const lists = await Promise.all(
        namespaces.map(namespace => api.list(kind, { ...options, namespace })),
      );
      return lists.flat();
    } catch (error) {
      if (error instanceof KubeApiError && error.code === 404) {
        if (!reportedMissing.has(kind)) {
          reportedMissing.add(kind);
          logger.info(
            `The API does not serve ${kinds[kind].plural}.${kinds[kind].group}; simulating without them`,
          );
        }
        return [];
      }
      throw error;
    }
  }

  return async function observe(): Promise<ClusterState> {
    const [
      nodes,
      vms,
      vmis,
      migrations,
      pvcs,
      pods,
      images,
      backups,
      restores,
      quotas,
    ] = await Promise.all([
      list('node', { labelSelector: scope.nodeSelector }),
      list('vm'),
      list('vmi'),
      list('migration'),
      list('pvc'),
      list('pod', { labelSelector: 'kubevirt.io=virt-launcher' }),
      list('image'),
      list('backup'),
      list('restore'),
      list('resourceQuota'),
    ]);
    return {
      nodes,
      vms,
      vmis,
      migrations,
      pvcs,
      pods,
      images,
      backups,
      restores,
      quotas,
    };
  };
}
