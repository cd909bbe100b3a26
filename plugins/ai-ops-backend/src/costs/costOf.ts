import {
  PriceTable,
  ResourceProfile,
  TaskUsage,
} from '@internal/plugin-ai-ops-common';

const GIB = 1024 ** 3;

/**
 * What an attempt cost: CPU seconds, memory GiB-seconds (measured peak ×
 * wall time) and GPU hours (the profile's GPUs × wall hours), each at its
 * price.
 */
export function costOf(
  usage: TaskUsage,
  profile: ResourceProfile,
  prices: PriceTable,
): { gpuHours: number; cost: number } {
  const gpuHours = (profile.gpu * usage.wallSeconds) / 3600;
  const memoryGiBSeconds = (usage.peakMemoryBytes / GIB) * usage.wallSeconds;
  const cost =
    usage.cpuSeconds * prices.cpuSecond +
    memoryGiBSeconds * prices.memoryGiBSecond +
    gpuHours * prices.gpuHour;
  return { gpuHours, cost };
}
