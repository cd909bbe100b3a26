import {
  ClusterSummary,
  Dashboard,
  ResourceUsage,
} from '@internal/plugin-harvester-common';
import { newestFirst } from '../events/toClusterEvent';
import { ClusterTally } from './clusterTally';

/** How many of the newest events the dashboard shows. */
export const DASHBOARD_EVENT_COUNT = 20;

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** A sum of what is reported; undefined when no host reports it. */
function sumReported(values: (number | undefined)[]): number | undefined {
  const reported = values.filter((v): v is number => v !== undefined);
  return reported.length ? sum(reported) : undefined;
}

export function sumUsage(usages: ResourceUsage[]): ResourceUsage {
  return {
    cpuCoresTotal: sum(usages.map(u => u.cpuCoresTotal)),
    memoryBytesTotal: sum(usages.map(u => u.memoryBytesTotal)),
    cpuCoresAllocated: sumReported(usages.map(u => u.cpuCoresAllocated)),
    memoryBytesAllocated: sumReported(usages.map(u => u.memoryBytesAllocated)),
    cpuCoresUsed: sumReported(usages.map(u => u.cpuCoresUsed)),
    memoryBytesUsed: sumReported(usages.map(u => u.memoryBytesUsed)),
    storageBytesTotal: sumReported(usages.map(u => u.storageBytesTotal)),
    storageBytesUsed: sumReported(usages.map(u => u.storageBytesUsed)),
    storageBytesProvisioned: sumReported(
      usages.map(u => u.storageBytesProvisioned),
    ),
  };
}

/** The clusters' tallies added up. */
export function buildDashboard(
  clusters: ClusterSummary[],
  tallies: ClusterTally[],
): Dashboard {
  const all = <T>(pick: (tally: ClusterTally) => T[]) => tallies.flatMap(pick);
  const hostStates = all(t => t.hostStates);
  const vmStates = all(t => t.vmStates);
  const volumeSizes = all(t => t.volumeSizes);
  return {
    clusters,
    hosts: { total: hostStates.length, byState: countBy(hostStates) },
    vms: { total: vmStates.length, byState: countBy(vmStates) },
    capacity: sumUsage(all(t => t.capacity)),
    volumes: { total: volumeSizes.length, sizeBytes: sum(volumeSizes) },
    images: { total: sum(tallies.map(t => t.imageCount)) },
    events: all(t => t.events)
      .sort(newestFirst)
      .slice(0, DASHBOARD_EVENT_COUNT),
  };
}
