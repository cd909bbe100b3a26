import { LoggerService } from '@backstage/backend-plugin-api';
import { EventsService } from '@backstage/plugin-events-node';
import {
  HARVESTER_TOPICS,
  MAX_CHANGED_VMS,
  stringifyHarvesterRef,
  VmsChangedPayload,
} from '@internal/plugin-harvester-common';
import { ClusterRegistry } from '../clusters/ClusterRegistry';
import { ClusterCache } from '../kube/ClusterCache';
import { KubeObject } from '../kube/KubeObject';

export type PublishVmChangesOptions = {
  clusters: ClusterRegistry;
  events: EventsService;
  logger: LoggerService;
  /** Changes up to this long after the first become one event. Default 2 s. */
  debounceMs?: number;
  /** How often clusters added to the registry are picked up. Default 15 s. */
  rescanMs?: number;
};

/**
 * Publishes `HARVESTER_TOPICS.vmsChanged` (`{ clusters, vms }`) when VMs
 * appear in or disappear from a cluster cache, so the catalog module
 * updates just those VMs' entities at once instead of on its next
 * schedule. A burst of more than MAX_CHANGED_VMS VMs leaves `vms` out (the
 * module reads everything then). Updates are left out: status changes
 * constantly, and what the entities carry (owner, tags) rarely changes;
 * the module's scheduled full read picks those up. Returns a function that
 * stops it.
 */
export function publishVmChanges(options: PublishVmChangesOptions): () => void {
  const { clusters, events, logger } = options;
  const debounceMs = options.debounceMs ?? 2_000;
  const subscriptions = new Map<ClusterCache, () => void>();
  const clustersChanged = new Set<string>();
  const vmsChanged = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const publish = () => {
    timer = undefined;
    const vms = [...vmsChanged].sort();
    const eventPayload: VmsChangedPayload = {
      clusters: [...clustersChanged].sort(),
      ...(vms.length <= MAX_CHANGED_VMS && { vms }),
    };
    clustersChanged.clear();
    vmsChanged.clear();
    events
      .publish({ topic: HARVESTER_TOPICS.vmsChanged, eventPayload })
      .catch(error =>
        logger.warn(
          `Publishing ${HARVESTER_TOPICS.vmsChanged} failed: ${error}`,
        ),
      );
  };

  const noteChange = (cluster: string, vm: KubeObject) => {
    clustersChanged.add(cluster);
    vmsChanged.add(
      stringifyHarvesterRef({
        cluster,
        namespace: vm.metadata.namespace,
        name: vm.metadata.name,
      }),
    );
    timer ??= setTimeout(publish, debounceMs);
  };

  const subscribeNewCaches = () => {
    const current = new Set<ClusterCache>();
    for (const handle of clusters.list()) {
      const cache = handle.cache;
      if (!cache) continue;
      current.add(cache);
      if (subscriptions.has(cache)) continue;
      const unsubscribe = cache.onChange((kind, type, object) => {
        if (kind === 'vm' && type !== 'MODIFIED') {
          noteChange(handle.name, object);
        }
      });
      subscriptions.set(cache, unsubscribe);
    }
    // A removed or rebuilt cluster's cache is stopped with its listeners.
    for (const cache of subscriptions.keys()) {
      if (!current.has(cache)) subscriptions.delete(cache);
    }
  };

  subscribeNewCaches();
  const rescan = setInterval(subscribeNewCaches, options.rescanMs ?? 15_000);
  rescan.unref();

  return () => {
    clearInterval(rescan);
    clearTimeout(timer);
    for (const unsubscribe of subscriptions.values()) unsubscribe();
    subscriptions.clear();
  };
}
