import { ClusterEvent } from '@internal/plugin-harvester-common';
import { KubeObject } from '../kube/KubeObject';

/** The fields of a core `v1` Event the portal shows. */
export type CoreEvent = KubeObject & {
  involvedObject?: { kind?: string; name?: string; namespace?: string };
  reason?: string;
  message?: string;
  type?: string;
  count?: number;
  firstTimestamp?: string;
  lastTimestamp?: string;
  eventTime?: string;
  series?: { count?: number; lastObservedTime?: string };
};

/**
 * When the event last happened: recorders using the events.k8s.io API
 * fill `eventTime` and `series` instead of the legacy timestamps.
 */
export function lastSeenOf(event: CoreEvent): string {
  return (
    event.series?.lastObservedTime ??
    event.lastTimestamp ??
    event.eventTime ??
    event.metadata.creationTimestamp ??
    ''
  );
}

export function toClusterEvent(
  cluster: string,
  event: CoreEvent,
): ClusterEvent {
  const involved = event.involvedObject ?? {};
  return {
    cluster,
    ...(event.metadata.namespace
      ? { namespace: event.metadata.namespace }
      : {}),
    type: event.type === 'Warning' ? 'Warning' : 'Normal',
    reason: event.reason ?? '',
    message: event.message ?? '',
    object: `${involved.kind ?? 'Unknown'}/${involved.name ?? ''}`,
    count: event.series?.count ?? event.count ?? 1,
    lastSeen: lastSeenOf(event),
  };
}

const timeOf = (event: ClusterEvent) => Date.parse(event.lastSeen) || 0;

/** Newest first (timestamps differ in precision, so compare as times). */
export const newestFirst = (a: ClusterEvent, b: ClusterEvent) =>
  timeOf(b) - timeOf(a);

/**
 * Events about one object, newest first; `kinds` names it and the objects
 * of the same name reported with it (a VM and its instance).
 */
export function eventsAbout(
  cluster: string,
  events: CoreEvent[],
  object: { kinds: string[]; name: string },
): ClusterEvent[] {
  return events
    .filter(
      e =>
        object.kinds.includes(e.involvedObject?.kind ?? '') &&
        e.involvedObject?.name === object.name,
    )
    .map(e => toClusterEvent(cluster, e))
    .sort(newestFirst);
}
