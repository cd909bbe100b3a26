/**
 * Harvester's hardware requirements (brief 1.3), test / production. A host
 * meets `production` when every item does, `test` when every item meets at
 * least the test figure, else `below`.
 */
export const HOST_REQUIREMENTS = {
  cpuCores: { test: 8, production: 16 },
  memoryGiB: { test: 32, production: 64 },
  diskGB: { test: 250, production: 500 },
  /** NIC speed in Gbit/s. */
  nicGbps: { test: 1, production: 10 },
} as const;
