import { Config } from '@backstage/config';
import {
  PriceTable,
  QueueSummary,
  ResourceProfile,
} from '@internal/plugin-ai-ops-common';

export type ExecutionConfig = {
  queues: Map<string, QueueSummary>;
  profiles: Map<string, ResourceProfile>;
  prices: PriceTable;
  /** What the home page's usage bars measure against. */
  capacity: { gpu?: number; memoryMiB?: number; storageBytes?: number };
  /** How often a backend heartbeats, recovers and picks up stray work. */
  sweepSeconds: number;
  /** A backend without a heartbeat for this long is dead. */
  workerTimeoutSeconds: number;
};

export const DEFAULT_QUEUE = 'default';
export const DEFAULT_PROFILE = 'default';

const DEFAULT_PROFILES: ResourceProfile[] = [
  { name: DEFAULT_PROFILE, cpu: 1, memoryMiB: 1024, gpu: 0 },
  { name: 'large', cpu: 4, memoryMiB: 8192, gpu: 0 },
  { name: 'gpu', cpu: 4, memoryMiB: 16384, gpu: 1 },
];

/** A task's resource profile; `default` for one no longer configured. */
export function profileOf(
  config: ExecutionConfig,
  name: string,
): ResourceProfile {
  return config.profiles.get(name) ?? config.profiles.get(DEFAULT_PROFILE)!;
}

export const DEFAULT_PRICES: PriceTable = {
  cpuSecond: 0.00001,
  memoryGiBSecond: 0.000002,
  gpuHour: 2.5,
  currency: 'USD',
};

/**
 * `aiOps.queues`, `aiOps.resourceProfiles`, `aiOps.prices`,
 * `aiOps.capacity` and `aiOps.execution`, with the defaults the README
 * lists. Configured queues and profiles add to (or replace by name) the
 * defaults: `default` always exists.
 */
export function readExecutionConfig(config: Config): ExecutionConfig {
  const queues = new Map<string, QueueSummary>([
    [
      DEFAULT_QUEUE,
      {
        name: DEFAULT_QUEUE,
        executor: 'local',
        maxConcurrency: 4,
        priority: 0,
      },
    ],
  ]);
  for (const queue of config.getOptionalConfigArray('aiOps.queues') ?? []) {
    const name = queue.getString('name');
    queues.set(name, {
      name,
      executor: queue.getOptionalString('executor') ?? 'local',
      maxConcurrency: queue.getOptionalNumber('maxConcurrency') ?? 4,
      priority: queue.getOptionalNumber('priority') ?? 0,
    });
  }
  const profiles = new Map(DEFAULT_PROFILES.map(p => [p.name, p]));
  for (const profile of config.getOptionalConfigArray(
    'aiOps.resourceProfiles',
  ) ?? []) {
    const name = profile.getString('name');
    profiles.set(name, {
      name,
      cpu: profile.getOptionalNumber('cpu') ?? 1,
      memoryMiB: profile.getOptionalNumber('memoryMiB') ?? 1024,
      gpu: profile.getOptionalNumber('gpu') ?? 0,
    });
  }
  const prices = config.getOptionalConfig('aiOps.prices');
  const capacity = config.getOptionalConfig('aiOps.capacity');
  return {
    queues,
    profiles,
    prices: {
      cpuSecond:
        prices?.getOptionalNumber('cpuSecond') ?? DEFAULT_PRICES.cpuSecond,
      memoryGiBSecond:
        prices?.getOptionalNumber('memoryGiBSecond') ??
        DEFAULT_PRICES.memoryGiBSecond,
      gpuHour: prices?.getOptionalNumber('gpuHour') ?? DEFAULT_PRICES.gpuHour,
      currency:
        prices?.getOptionalString('currency') ?? DEFAULT_PRICES.currency,
    },
    capacity: {
      gpu: capacity?.getOptionalNumber('gpu'),
      memoryMiB: capacity?.getOptionalNumber('memoryMiB'),
      storageBytes: capacity?.getOptionalNumber('storageBytes'),
    },
    sweepSeconds: config.getOptionalNumber('aiOps.execution.sweepSeconds') ?? 5,
    workerTimeoutSeconds:
      config.getOptionalNumber('aiOps.execution.workerTimeoutSeconds') ?? 30,
  };
}
